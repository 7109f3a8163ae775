package org.taskforce.portal.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.AuditNames;
import org.taskforce.portal.audit.boundary.AuditSearch;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.calendar.boundary.Recurrence;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.minutes.boundary.ActionFilter;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.minutes.boundary.AttendanceFigure;
import org.taskforce.portal.minutes.boundary.Actions;
import org.taskforce.portal.minutes.boundary.AttendanceDraft;
import org.taskforce.portal.minutes.boundary.CommentDraft;
import org.taskforce.portal.minutes.boundary.CommentRow;
import org.taskforce.portal.minutes.boundary.ItemDraft;
import org.taskforce.portal.minutes.boundary.ItemView;
import org.taskforce.portal.minutes.boundary.MeetingDetails;
import org.taskforce.portal.minutes.boundary.MeetingDraft;
import org.taskforce.portal.minutes.boundary.MeetingNotFoundException;
import org.taskforce.portal.minutes.boundary.MeetingRow;
import org.taskforce.portal.minutes.boundary.MinutesFigure;
import org.taskforce.portal.minutes.boundary.OpenActionsFigure;
import org.taskforce.portal.minutes.boundary.MinutesFigures;
import org.taskforce.portal.minutes.boundary.MinutesReview;
import org.taskforce.portal.minutes.boundary.MinutesSearch;
import org.taskforce.portal.minutes.boundary.Meetings;
import org.taskforce.portal.minutes.boundary.OpenAction;
import org.taskforce.portal.minutes.boundary.OutcomeDraft;
import org.taskforce.portal.minutes.boundary.ReviewDraft;
import org.taskforce.portal.minutes.boundary.SearchHit;
import org.taskforce.portal.minutes.boundary.SearchQuery;
import org.taskforce.portal.minutes.boundary.VersionRow;
import org.taskforce.portal.minutes.control.LineDiff;
import org.taskforce.portal.minutes.entity.ActionState;
import org.taskforce.portal.minutes.entity.CommentKind;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.MinutesState;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.minutes.entity.Presence;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.CalendarPeople;
import org.taskforce.portal.testsupport.CalendarPeople.Person;
import org.taskforce.portal.testsupport.TestData;
import org.taskforce.portal.tenancy.NotCoordinatorException;

/**
 * The minutes on the real PostgreSQL, as members of real task forces: meetings from a calendar event and on their own,
 * the agenda with sanitised notes, outcomes and actions (an owner and a due date not before the meeting), actions
 * rolling forward until a meeting closes them, two people saving the same item, the way to approval, and restricted
 * meetings that reach nobody of another agency by any of the services' ways.
 */
@ExtendWith(ArquillianExtension.class)
class MinutesIT {

    private static final ZoneId ASUNCION = ZoneId.of("America/Asuncion");
    private static final LocalDateTime MARCH = LocalDateTime.of(2027, 3, 10, 9, 0);

    @Inject
    Meetings meetings;

    @Inject
    Actions actions;

    @Inject
    MinutesReview review;

    @Inject
    MinutesFigures figures;

    @Inject
    MinutesSearch search;

    @Inject
    As as;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CalendarPeople people;

    @Inject
    TestData testData;

    @Test
    void aMeetingIsHeldFromACalendarEventOnceAndOneHeldOnItsOwnAppearsInTheCalendar() {
        TaskForce taskForce = taskForce("desde-evento");
        Person police = people.member(taskForce, "policia-nacional");
        people.act(police);
        long event = calendars.create(new EventDraft("Mesa de marzo", null, "Sala 2", Category.MEETING,
                Visibility.TASK_FORCE, false, MARCH, MARCH.plusHours(2), ASUNCION, null, Set.of(), List.of()));

        long meeting = meetings.fromEvent(event, null);
        assertEquals(meeting, meetings.fromEvent(event, MARCH.atZone(ASUNCION)), "one set of minutes per occurrence");
        MeetingDetails details = meetings.details(meeting);
        assertEquals("Mesa de marzo", details.title());
        assertEquals("Sala 2", details.location());
        assertEquals(event, details.calendarEventId());
        assertEquals(MeetingVisibility.TASK_FORCE, details.visibility());
        assertTrue(details.writable(), "the person who holds it takes the minutes");

        long own = meetings.create(draft("Reunión extraordinaria", MARCH.plusDays(7), MeetingVisibility.TASK_FORCE));
        List<Occurrence> calendar = calendars.occurrences(MARCH.minusDays(1).atZone(ASUNCION),
                MARCH.plusDays(30).atZone(ASUNCION), Set.of());
        assertEquals(List.of("Mesa de marzo", "Reunión extraordinaria"),
                calendar.stream().map(Occurrence::title).toList());
        assertEquals(meetings.details(own).calendarEventId(), calendar.get(1).eventId());
        assertEquals(List.of("Reunión extraordinaria", "Mesa de marzo"),
                meetings.list(null).stream().map(MeetingRow::title).toList(), "latest first");

        meetings.create(draft("Mesa de hace cuatro años", MARCH.minusYears(4), MeetingVisibility.TASK_FORCE));
        Instant lastYear = MARCH.minusYears(1).atZone(ASUNCION).toInstant();
        assertEquals(List.of("Reunión extraordinaria", "Mesa de marzo"),
                meetings.list(lastYear).stream().map(MeetingRow::title).toList(), "a period leaves earlier ones out");
        assertEquals(List.of("Reunión extraordinaria", "Mesa de marzo", "Mesa de hace cuatro años"),
                meetings.list(null).stream().map(MeetingRow::title).toList(), "every year");
    }

    @Test
    void aChangedHeaderMovesItsSingleEventAndIsRefusedForOneOccurrenceOfASeries() {
        TaskForce taskForce = taskForce("cabecera");
        Person police = people.member(taskForce, "policia-nacional");
        people.act(police);
        long own = meetings.create(draft("Mesa de abril", MARCH, MeetingVisibility.TASK_FORCE));
        MeetingDetails held = meetings.details(own);
        LocalDateTime later = MARCH.plusDays(1).withHour(14);
        meetings.describe(own, held.version(), new MeetingDraft("Mesa de abril (cambiada)", "Sala 3", later,
                later.plusHours(1), ASUNCION, null, MeetingVisibility.AGENCIES, Set.of("policia-nacional")));
        EventDraft shown = calendars.event(held.calendarEventId()).draft();
        assertAll("the calendar event follows the header",
                () -> assertEquals("Mesa de abril (cambiada)", shown.title()),
                () -> assertEquals("Sala 3", shown.location()),
                () -> assertEquals(later, shown.start()),
                () -> assertEquals(later.plusHours(1), shown.end()),
                () -> assertEquals(Visibility.AGENCY, shown.visibility(), "restricted like its minutes"));

        long series = calendars.create(new EventDraft("Mesa semanal", null, "Sala 2", Category.MEETING,
                Visibility.TASK_FORCE, false, MARCH, MARCH.plusHours(2), ASUNCION,
                new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, 4), Set.of(), List.of()));
        long occurrence = meetings.fromEvent(series, MARCH.plusWeeks(1).atZone(ASUNCION));
        MeetingDetails weekly = meetings.details(occurrence);
        InvalidException refused = assertThrows(InvalidException.class, () -> meetings.describe(occurrence,
                weekly.version(), new MeetingDraft("Mesa semanal", "Sala 2", MARCH.plusWeeks(1).plusHours(1),
                        MARCH.plusWeeks(1).plusHours(3), ASUNCION, null, MeetingVisibility.TASK_FORCE, Set.of())));
        assertEquals(List.of("start"), fields(refused));
        assertEquals(weekly.startsAt(), meetings.details(occurrence).startsAt(), "nothing changed");
        meetings.describe(occurrence, weekly.version(), new MeetingDraft("Mesa semanal: trata laboral", "Sala 2",
                MARCH.plusWeeks(1), MARCH.plusWeeks(1).plusHours(2), ASUNCION, null, MeetingVisibility.TASK_FORCE,
                Set.of()));
        assertEquals("Mesa semanal", calendars.event(series).draft().title(), "the series keeps its title");
        assertEquals("Mesa semanal: trata laboral", meetings.details(occurrence).title());
    }

    @Test
    void theAgendaKeepsItsOrderNotesAreSanitisedAndBadInputChangesNothing() {
        TaskForce taskForce = taskForce("agenda");
        Person taker = people.member(taskForce, "fiscalia");
        people.act(taker);
        long meeting = meetings.create(draft("Mesa ordinaria", MARCH, MeetingVisibility.TASK_FORCE));
        long first = meetings.addItem(meeting, new ItemDraft("Casos nuevos", "Fiscalía", 20));
        long second = meetings.addItem(meeting, new ItemDraft("Capacitaciones", null, 15));
        meetings.moveItem(second, -1);
        assertEquals(List.of("Capacitaciones", "Casos nuevos"), titles(meeting));

        ItemView item = item(meeting, first);
        meetings.writeNotes(first, item.version(), "<h2>Resumen</h2><p onclick=\"alert(1)\"><b>Caso</b> A-12"
                + "<script>alert(2)</script><a href=\"javascript:alert(3)\">x</a>"
                + "<a href=\"https://example.org\">informe</a></p><svg onload=alert(4)></svg>");
        String notes = item(meeting, first).notes();
        assertTrue(notes.contains("<h2>Resumen</h2>") && notes.contains("<b>Caso</b>"), notes);
        assertTrue(notes.contains("href=\"https://example.org\"") && notes.contains("noopener"), notes);
        assertFalse(notes.contains("script") || notes.contains("onclick") || notes.contains("javascript")
                || notes.contains("svg") || notes.contains("alert"), notes);

        int version = item(meeting, first).version();
        InvalidException tooLong = assertThrows(InvalidException.class,
                () -> meetings.writeNotes(first, version, "<p>" + "a".repeat(205_000) + "</p>"));
        assertEquals("minutes.error.notesTooLong", tooLong.problems().get(0).messageKey());

        InvalidException noOwner = assertThrows(InvalidException.class, () -> meetings.addOutcome(first,
                new OutcomeDraft(OutcomeKind.ACTION, "Pedir informe", null, null, LocalDate.of(2027, 4, 1))));
        assertEquals(List.of("owner"), fields(noOwner));
        InvalidException early = assertThrows(InvalidException.class, () -> meetings.addOutcome(first,
                new OutcomeDraft(OutcomeKind.ACTION, "Pedir informe", taker.memberId(), null,
                        LocalDate.of(2027, 3, 9))));
        assertEquals(List.of("dueOn"), fields(early));
        InvalidException blank = assertThrows(InvalidException.class,
                () -> meetings.addItem(meeting, new ItemDraft(" ", "<script>x</script>", 0)));
        assertEquals(List.of("title", "presenter", "plannedMinutes"), fields(blank));
        assertEquals(0, item(meeting, first).outcomes().size(), "nothing was written");
        assertEquals(2, meetings.details(meeting).items().size());
        assertEquals(2,
                meetings.list(null).stream().filter(row -> row.id() == meeting).findFirst().orElseThrow().items(),
                "the list counts the items (in one query for all meetings)");

        meetings.addOutcome(first, new OutcomeDraft(OutcomeKind.DECISION, "Se crea un equipo conjunto", null, null,
                null));
        meetings.addOutcome(first, new OutcomeDraft(OutcomeKind.ACTION, "Pedir informe", null, "fiscalia",
                LocalDate.of(2027, 3, 10)));
        ItemView withOutcomes = item(meeting, first);
        assertEquals(List.of(OutcomeKind.DECISION, OutcomeKind.ACTION),
                withOutcomes.outcomes().stream().map(o -> o.kind()).toList());
        assertEquals("Fiscalía", withOutcomes.outcomes().get(1).action().owner(), "an agency owns it, by name");

        Locale spanish = Locale.forLanguageTag("es");
        byte[] pdf = meetings.pdf(meeting, ResourceBundle.getBundle("org.taskforce.portal.i18n.messages", spanish),
                spanish);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1000, "the minutes as PDF: " + pdf.length + " bytes");
    }

    @Test
    void anOpenActionRollsForwardToEachNextMeetingUntilOneClosesItAndKeepsItsHistory() {
        TaskForce taskForce = taskForce("arrastre");
        Person taker = people.member(taskForce, "fiscalia");
        Person owner = people.member(taskForce, "policia-nacional");
        people.act(taker);
        long march = meetings.create(draft("Marzo", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(march, new ItemDraft("Seguimiento", null, null));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.ACTION, "Visitar el albergue", owner.memberId(), null,
                LocalDate.of(2027, 3, 20)));
        long april = meetings.create(draft("Abril", MARCH.plusMonths(1), MeetingVisibility.TASK_FORCE));
        long may = meetings.create(draft("Mayo", MARCH.plusMonths(2), MeetingVisibility.TASK_FORCE));
        long june = meetings.create(draft("Junio", MARCH.plusMonths(3), MeetingVisibility.TASK_FORCE));

        assertEquals(List.of(), meetings.details(march).openActions(), "not in its own meeting");
        List<OpenAction> inApril = meetings.details(april).openActions();
        assertEquals(List.of("Visitar el albergue"), inApril.stream().map(o -> o.action().what()).toList());
        long action = inApril.get(0).action().id();

        InvalidException noReason = assertThrows(InvalidException.class,
                () -> meetings.review(april, action, new ReviewDraft(ActionState.DROPPED, " ")));
        assertEquals(List.of("note"), fields(noReason));
        meetings.review(april, action, new ReviewDraft(ActionState.OPEN, "Falta la autorización del juzgado"));
        assertEquals(ActionState.OPEN, meetings.details(may).openActions().get(0).action().state(),
                "still open: it rolls on to May");
        meetings.review(may, action, new ReviewDraft(ActionState.DONE, null));

        assertEquals(List.of(), meetings.details(june).openActions(), "done in May: not in June");
        OpenAction inMay = meetings.details(may).openActions().get(0);
        assertEquals(ActionState.DONE, inMay.here().state());
        assertEquals(List.of("Abril", "Mayo"),
                inMay.action().history().stream().map(step -> step.meetingTitle()).toList());
        assertEquals("Falta la autorización del juzgado", inMay.action().history().get(0).note());
        assertThrows(ConflictException.class,
                () -> meetings.review(june, action, new ReviewDraft(ActionState.OPEN, null)), "closed already");

        people.act(owner);
        ActionRow mine = actions.list(ActionFilter.MINE).get(0);
        assertEquals(ActionState.DONE, mine.state());
        assertEquals(List.of(), actions.myOpen(), "nothing open for the owner any more");
    }

    @Test
    void overdueActionsAreListedForTheirOwnerAndAgency() {
        TaskForce taskForce = taskForce("vencidas");
        Person taker = people.member(taskForce, "fiscalia");
        Person owner = people.member(taskForce, "policia-nacional");
        people.act(taker);
        LocalDateTime lastYear = LocalDateTime.now(ASUNCION).minusYears(1).withHour(9).withMinute(0);
        long meeting = meetings.create(draft("Hace un año", lastYear, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(meeting, new ItemDraft("Pendientes", null, null));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.ACTION, "Informe vencido", owner.memberId(), null,
                lastYear.toLocalDate().plusDays(7)));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.ACTION, "Informe futuro", null, "policia-nacional",
                LocalDate.now(ASUNCION).plusYears(1)));

        people.act(owner);
        List<ActionRow> open = actions.myOpen();
        assertEquals(List.of("Informe vencido"), open.stream().map(ActionRow::what).toList());
        assertTrue(open.get(0).overdue());
        assertEquals(List.of("Informe vencido"), actions.list(ActionFilter.OVERDUE).stream().map(ActionRow::what)
                .toList());
        assertEquals(List.of("Informe vencido", "Informe futuro"),
                actions.list(ActionFilter.MY_AGENCY).stream().map(ActionRow::what).toList());
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameItemIsRefusedNamingWhatChangedAndTheFirstIsKept() {
        TaskForce taskForce = taskForce("dos");
        Person taker = people.member(taskForce, "fiscalia");
        Person coordinator = people.member(taskForce, "policia-nacional");
        people.act(taker);
        long meeting = meetings.create(draft("Mesa", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(meeting, new ItemDraft("Casos", null, null));
        int opened = item(meeting, item).version();
        int meetingOpened = meetings.details(meeting).version();

        people.coordinate(coordinator);
        meetings.writeNotes(item, opened, "<p>Lo que anotó la coordinadora</p>");
        meetings.attendance(meeting, meetingOpened, new AttendanceDraft(
                List.of(new AttendanceDraft.Attendee(taker.memberId(), Presence.PRESENT)), List.of()));

        people.act(taker);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> meetings.writeNotes(item, opened, "<p>Lo que anotó la secretaria</p>"));
        assertEquals("minutes.error.itemChangedMeanwhile", refused.messageKey());
        assertEquals(List.of("Casos", "Persona " + coordinator.username()), refused.arguments());
        assertEquals("<p>Lo que anotó la coordinadora</p>", item(meeting, item).notes(), "the first save is kept");
        ConflictException header = assertThrows(ConflictException.class, () -> meetings.describe(meeting,
                meetingOpened, draft("Otro título", MARCH, MeetingVisibility.TASK_FORCE)));
        assertEquals("minutes.error.meetingChangedMeanwhile", header.messageKey());
        assertEquals(List.of("Persona " + coordinator.username()), header.arguments());
        assertEquals(1, meetings.details(meeting).attendees().size(), "the attendance saved first is kept");
    }

    @Test
    void minutesAreApprovedOnlyOnceCirculatedByACoordinatorAndAreNoLongerEdited() {
        TaskForce taskForce = taskForce("aprobacion");
        Person taker = people.member(taskForce, "fiscalia");
        Person coordinator = people.member(taskForce, "policia-nacional");
        Person other = people.member(taskForce, "policia-nacional");
        people.act(taker);
        long meeting = meetings.create(draft("Mesa", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(meeting, new ItemDraft("Casos", null, null));

        people.act(other);
        assertFalse(meetings.details(meeting).writable());
        assertThrows(NotAllowedException.class, () -> meetings.addItem(meeting, new ItemDraft("Mío", null, null)));

        people.coordinate(coordinator);
        ConflictException stillDraft = assertThrows(ConflictException.class,
                () -> meetings.approve(meeting, meetings.details(meeting).version()));
        assertEquals("minutes.error.notCirculated", stillDraft.messageKey());

        people.act(taker);
        meetings.circulate(meeting, meetings.details(meeting).version());
        ConflictException notDraft = assertThrows(ConflictException.class,
                () -> meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.DECISION, "Tarde", null, null, null)));
        assertEquals("minutes.error.notDraft", notDraft.messageKey());
        assertThrows(NotCoordinatorException.class,
                () -> meetings.approve(meeting, meetings.details(meeting).version()));

        people.coordinate(coordinator);
        meetings.approve(meeting, meetings.details(meeting).version());
        assertEquals(MinutesState.APPROVED, meetings.details(meeting).state());
    }

    @Test
    void attendeesCommentOnCirculatedMinutesAndACorrectionAfterApprovalMakesRevisionTwoWithItsDifference() {
        TaskForce taskForce = taskForce("revision");
        Person taker = people.member(taskForce, "fiscalia");
        Person attendee = people.member(taskForce, "policia-nacional");
        Person absent = people.member(taskForce, "ong-luna-nueva");
        Person coordinator = people.member(taskForce, "policia-nacional");
        people.act(taker);
        long meeting = meetings.create(draft("Mesa de abril", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(meeting, new ItemDraft("Casos", null, null));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.DECISION, "Se crea un equipo conjunto", null, null,
                null));
        meetings.attendance(meeting, meetings.details(meeting).version(), new AttendanceDraft(
                List.of(new AttendanceDraft.Attendee(attendee.memberId(), Presence.PRESENT)), List.of()));
        assertThrows(ConflictException.class, () -> review.comment(meeting,
                new CommentDraft(null, CommentKind.COMMENT, "Antes de tiempo")), "a draft takes no comments");
        meetings.circulate(meeting, meetings.details(meeting).version());

        people.act(attendee);
        review.comment(meeting, new CommentDraft(item, CommentKind.CORRECTION, "Dice equipo conjunto: era mesa técnica"));
        people.act(absent);
        assertThrows(NotAllowedException.class, () -> review.comment(meeting,
                new CommentDraft(null, CommentKind.COMMENT, "No estuve")));
        assertEquals(List.of("Dice equipo conjunto: era mesa técnica"),
                review.comments(meeting).stream().map(CommentRow::text).toList(), "everyone who sees it reads them");

        people.coordinate(coordinator);
        ConflictException draftCorrection = assertThrows(ConflictException.class,
                () -> review.correct(meeting, meetings.details(meeting).version()));
        assertEquals("minutes.error.notApproved", draftCorrection.messageKey());
        meetings.approve(meeting, meetings.details(meeting).version());
        String approved = review.text(meeting, 1);
        assertTrue(approved.contains("DECISION: Se crea un equipo conjunto"), approved);

        review.correct(meeting, meetings.details(meeting).version());
        assertEquals(2, meetings.details(meeting).revision());
        assertEquals(MinutesState.DRAFT, meetings.details(meeting).state());
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.DECISION, "Se crea una mesa técnica", null, null,
                null));
        meetings.circulate(meeting, meetings.details(meeting).version());
        meetings.approve(meeting, meetings.details(meeting).version());

        assertEquals(List.of(1, 2), review.versions(meeting).stream().map(VersionRow::revision).toList());
        assertEquals(approved, review.text(meeting, 1), "the earlier revision stays as it was approved");
        List<LineDiff.Line> difference = review.difference(meeting, 1);
        assertEquals(List.of("   DECISION: Se crea una mesa técnica"), difference.stream()
                .filter(line -> line.change() == LineDiff.Change.ADDED).map(LineDiff.Line::text).toList());
        assertEquals(List.of(), difference.stream().filter(line -> line.change() == LineDiff.Change.REMOVED)
                .toList());
    }

    @Test
    void aRestrictedMeetingAndItsActionsReachNobodyOfAnotherAgencyCoordinatorsIncluded() {
        TaskForce taskForce = taskForce("restringida");
        Person prosecutor = people.member(taskForce, "fiscalia");
        Person police = people.member(taskForce, "policia-nacional");
        Person ngo = people.member(taskForce, "ong-luna-nueva");
        people.act(prosecutor);
        InvalidException withoutOwnAgency = assertThrows(InvalidException.class, () -> meetings.create(
                draft("Operativo", MARCH, MeetingVisibility.AGENCIES, "policia-nacional")));
        assertEquals("minutes.error.ownAgency", withoutOwnAgency.problems().get(0).messageKey());
        long operational = meetings.create(draft("Operativo Itá", MARCH, MeetingVisibility.AGENCIES, "fiscalia",
                "policia-nacional"));
        long item = meetings.addItem(operational, new ItemDraft("Allanamiento", null, null));
        InvalidException ngoOwner = assertThrows(InvalidException.class, () -> meetings.addOutcome(item,
                new OutcomeDraft(OutcomeKind.ACTION, "Acoger", ngo.memberId(), null, LocalDate.of(2027, 3, 11))));
        assertEquals("minutes.error.ownerAgency", ngoOwner.problems().get(0).messageKey());
        long outcome = meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.ACTION, "Preparar orden",
                police.memberId(), null, LocalDate.of(2027, 3, 11)));
        long open = meetings.create(draft("Mesa abierta", MARCH.plusMonths(1), MeetingVisibility.TASK_FORCE));

        people.act(police);
        assertEquals(List.of("Mesa abierta", "Operativo Itá"), meetingTitles());
        assertEquals(List.of("Preparar orden"), actions.myOpen().stream().map(ActionRow::what).toList());
        assertEquals(1, meetings.details(open).openActions().size());

        people.coordinate(ngo);
        assertEquals(List.of("Mesa abierta"), meetingTitles());
        assertThrows(MeetingNotFoundException.class, () -> meetings.details(operational));
        assertThrows(MeetingNotFoundException.class, () -> meetings.addItem(operational, new ItemDraft("x", null,
                null)));
        assertThrows(MeetingNotFoundException.class, () -> meetings.writeNotes(item, 0, "<p>x</p>"));
        assertThrows(MeetingNotFoundException.class, () -> meetings.removeOutcome(outcome));
        assertThrows(MeetingNotFoundException.class, () -> meetings.circulate(operational, 0));
        assertEquals(List.of(), meetings.details(open).openActions(), "not rolled into what the NGO sees");
        for (ActionFilter filter : ActionFilter.values()) {
            assertEquals(List.of(), actions.list(filter), filter.name());
        }
        List<AuditEvent> events = auditTrail.page(0, 200, AuditSearch.all());
        AuditNames names = auditTrail.names(events);
        events.stream().filter(e -> e.getRecordType() != null && Set.of("meeting", "agenda_item", "outcome",
                        "meeting_action", "meeting_agency").contains(e.getRecordType()))
                .forEach(e -> assertTrue(names.record(e) == null || !names.record(e).contains("Operativo")
                                && !names.record(e).contains("Preparar"),
                        () -> "the audit trail names " + names.record(e)));

        people.act(prosecutor);
        assertEquals(List.of("Mesa abierta", "Operativo Itá"), meetingTitles());
    }

    @Test
    void theNationalFiguresCountOnlyMeetingsOfTheWholeTaskForceAndHideSmallCountsOfPeople() {
        TaskForce taskForce = taskForce("cifras");
        Person prosecutor = people.member(taskForce, "fiscalia");
        people.act(prosecutor);
        LocalDateTime lastWeek = LocalDateTime.now(ASUNCION).minusDays(7).withHour(9).withMinute(0);
        long open = meetings.create(draft("Mesa abierta", lastWeek, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(open, new ItemDraft("Casos", null, null));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.DECISION, "Se acuerda", null, null, null));
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.ACTION, "Informe", prosecutor.memberId(), null,
                lastWeek.toLocalDate().plusDays(1)));
        meetings.attendance(open, meetings.details(open).version(), new AttendanceDraft(
                List.of(new AttendanceDraft.Attendee(prosecutor.memberId(), Presence.PRESENT)), List.of()));
        long restricted = meetings.create(draft("Operativo", lastWeek.plusHours(3), MeetingVisibility.AGENCIES,
                "fiscalia"));
        meetings.addOutcome(meetings.addItem(restricted, new ItemDraft("Plan", null, null)),
                new OutcomeDraft(OutcomeKind.DECISION, "Secreto", null, null, null));

        // A meeting of more than a year ago: outside the months shown, but its action still open is counted.
        LocalDateTime longAgo = lastWeek.minusMonths(14);
        long old = meetings.create(draft("Mesa de hace un año", longAgo, MeetingVisibility.TASK_FORCE));
        meetings.addOutcome(meetings.addItem(old, new ItemDraft("Pendientes", null, null)),
                new OutcomeDraft(OutcomeKind.ACTION, "Protocolo", prosecutor.memberId(), null,
                        longAgo.toLocalDate().plusDays(30)));

        List<MinutesFigure> rows = as.nationalCoordinator(() -> figures.byMonth())
                .stream().filter(row -> row.taskForceName().equals(taskForce.getName())).toList();
        assertEquals(1, rows.size(), () -> "only the last twelve months: " + rows);
        MinutesFigure month = rows.get(0);
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), List.of(month.meetingsHeld(), month.decisions(), month.actions(),
                month.actionsOpen(), month.actionsOverdue()), "the restricted meeting is not counted: " + month);
        List<OpenActionsFigure> stillOpen = as.nationalCoordinator(() -> figures.openActions()).stream()
                .filter(row -> row.taskForceName().equals(taskForce.getName())).toList();
        assertEquals(List.of(new OpenActionsFigure(taskForce.getName(), 2, 2)), stillOpen,
                "the open actions of every year, the restricted meeting's not counted");
        List<AttendanceFigure> attendance = as.nationalCoordinator(() -> figures.attendance()).stream()
                .filter(row -> row.taskForceName().equals(taskForce.getName())).toList();
        assertEquals(1, attendance.size());
        assertNull(attendance.get(0).present(), "one person is fewer than 5: hidden");
    }

    @Test
    void searchIgnoresAccentsMarksTheWordsEscapesTheRestAndNeverFindsAnotherAgencysMeeting() {
        TaskForce taskForce = taskForce("busqueda");
        Person prosecutor = people.member(taskForce, "fiscalia");
        Person ngo = people.member(taskForce, "ong-luna-nueva");
        people.act(prosecutor);
        long open = meetings.create(draft("Mesa de seguimiento", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(open, new ItemDraft("Rescates", null, null));
        meetings.writeNotes(item, item(open, item).version(),
                "<p>Los niños rescatados &lt;img src=x onerror=alert(1)&gt; están a salvo</p>");
        meetings.addOutcome(item, new OutcomeDraft(OutcomeKind.DECISION, "Coordinar con la unidad de Trata laboral",
                null, null, null));
        long restricted = meetings.create(draft("Operativo", MARCH.plusDays(1), MeetingVisibility.AGENCIES,
                "fiscalia"));
        meetings.addOutcome(meetings.addItem(restricted, new ItemDraft("Plan", null, null)),
                new OutcomeDraft(OutcomeKind.DECISION, "Allanar el local de trata", null, null, null));

        people.act(ngo);
        List<SearchHit> children = search.search(new SearchQuery("ninos", null, null, null, null));
        assertEquals(List.of("ITEM"), children.stream().map(SearchHit::kind).toList());
        String snippet = children.get(0).snippetHtml();
        assertTrue(snippet.contains("<mark>niños</mark>"), snippet);
        assertTrue(snippet.contains("&lt;img") && !snippet.contains("<img"), "escaped: " + snippet);
        List<SearchHit> trafficking = search.search(new SearchQuery("TRATA", null, null, null, null));
        assertEquals(List.of("Mesa de seguimiento"), trafficking.stream().map(SearchHit::meetingTitle).distinct()
                .toList(), "the restricted meeting is never found by the NGO");
        assertEquals(List.of(OutcomeKind.DECISION.name()), search.search(new SearchQuery("trata", null, null, null,
                OutcomeKind.DECISION)).stream().map(SearchHit::kind).toList());
        assertEquals(List.of(), search.search(new SearchQuery("trata", MARCH.toLocalDate().plusDays(5), null, null,
                null)), "nothing after the date");

        people.act(prosecutor);
        assertEquals(Set.of("Operativo", "Mesa de seguimiento"), search.search(new SearchQuery("trata", null, null,
                null, OutcomeKind.DECISION)).stream().map(SearchHit::meetingTitle).collect(Collectors.toSet()),
                "the prosecution finds its own restricted meeting too");
    }

    @Test
    void anotherTaskForcesMeetingIsNotFound() {
        Person owner = people.member(taskForce("suya"), "fiscalia");
        people.act(owner);
        long theirs = meetings.create(draft("De ellos", MARCH, MeetingVisibility.TASK_FORCE));
        long item = meetings.addItem(theirs, new ItemDraft("Tema", null, null));

        people.coordinate(people.member(taskForce("mia"), "fiscalia"));
        assertEquals(List.of(), meetings.list(null));
        assertThrows(MeetingNotFoundException.class, () -> meetings.details(theirs));
        assertThrows(MeetingNotFoundException.class, () -> meetings.moveItem(item, 1));
        assertThrows(MeetingNotFoundException.class, () -> meetings.removeItem(item));
        assertNull(meetings.list(null).stream().findFirst().orElse(null));
    }

    private TaskForce taskForce(String prefix) {
        TaskForce taskForce = people.taskForce(prefix);
        testData.agency(taskForce, "fiscalia", AgencyType.PROSECUTOR, "Fiscalía");
        testData.agency(taskForce, "policia-nacional", AgencyType.NATIONAL_POLICE, "Policía Nacional");
        testData.agency(taskForce, "ong-luna-nueva", AgencyType.NGO, "Fundación Luna Nueva");
        return taskForce;
    }

    private List<String> meetingTitles() {
        return meetings.list(null).stream().map(MeetingRow::title).toList();
    }

    private List<String> titles(long meeting) {
        return meetings.details(meeting).items().stream().map(ItemView::title).toList();
    }

    private ItemView item(long meeting, long item) {
        return meetings.details(meeting).items().stream().filter(i -> i.id() == item).findFirst().orElseThrow();
    }

    private static List<String> fields(InvalidException refused) {
        return refused.problems().stream().map(FieldProblem::field).toList();
    }

    private static MeetingDraft draft(String title, LocalDateTime start, MeetingVisibility visibility,
            String... agencies) {
        return new MeetingDraft(title, "Ciudad del Este", start, start.plusHours(2), ASUNCION, null, visibility,
                Set.of(agencies));
    }
}
