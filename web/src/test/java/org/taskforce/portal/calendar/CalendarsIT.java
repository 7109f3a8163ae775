package org.taskforce.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.audit.boundary.AuditNames;
import org.taskforce.portal.audit.boundary.AuditSearch;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.calendar.boundary.CalendarImport;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.ChangeScope;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.EventNotFoundException;
import org.taskforce.portal.calendar.boundary.Frequency;
import org.taskforce.portal.calendar.boundary.ImportRejectedException;
import org.taskforce.portal.calendar.boundary.InvalidEventException;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.calendar.boundary.Recurrence;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.testsupport.CalendarPeople;

/** The calendar services on the real PostgreSQL, as members of real task forces. */
@ExtendWith(ArquillianExtension.class)
class CalendarsIT {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final LocalDateTime WEDNESDAY_NINE = LocalDateTime.of(2027, 3, 24, 9, 0);

    @Inject
    Calendars calendars;

    @Inject
    CalendarImport calendarImport;

    @Inject
    CalendarPeople people;

    @Inject
    AuditTrail auditTrail;

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossDaylightSavingAndShowsInEachMembersZone() {
        TaskForce taskForce = people.taskForce("dst");
        CalendarPeople.Person planner = people.member(taskForce, "fiscalia");
        CalendarPeople.Person reader = people.member(taskForce, "fiscalia");
        people.act(planner);
        calendars.changeZone(SANTIAGO);
        calendars.create(weekly("Mesa semanal", 6, Visibility.TASK_FORCE));

        people.act(reader); // reads in America/Asuncion, which stays at UTC-3 all year
        List<Occurrence> seen = calendars.occurrences(from(), from().plusMonths(2), Set.of());

        assertEquals(6, seen.size());
        people.act(planner);
        List<Occurrence> planned = calendars.occurrences(from(), from().plusMonths(2), Set.of());
        planned.forEach(o -> assertEquals(LocalTime.of(9, 0), o.start().toLocalTime(), o::toString));
        assertEquals(ZoneOffset.ofHours(-3), planned.get(0).start().getOffset());
        assertEquals(ZoneOffset.ofHours(-4), planned.get(5).start().getOffset());
        assertEquals(LocalTime.of(9, 0), seen.get(0).start().toLocalTime());
        assertEquals(LocalTime.of(10, 0), seen.get(5).start().toLocalTime(), "09:00 in Santiago's winter time");
    }

    @Test
    void anAgencyEventIsInvisibleToAnotherAgencyEvenByIdAndAnOperationToAnyoneNotListed() {
        TaskForce taskForce = people.taskForce("visibility");
        CalendarPeople.Person police = people.member(taskForce, "policia-nacional");
        CalendarPeople.Person colleague = people.member(taskForce, "policia-nacional");
        CalendarPeople.Person ngo = people.member(taskForce, "ong-luna-nueva");
        people.act(police);
        long internal = calendars.create(single("Reunión interna", Category.MEETING, Visibility.AGENCY, Set.of()));
        long raid = calendars.create(single("Allanamiento", Category.OPERATION, Visibility.TASK_FORCE,
                Set.of(ngo.memberId())));

        people.act(colleague);
        assertEquals(List.of("Reunión interna"), titles());
        assertThrows(EventNotFoundException.class, () -> calendars.event(raid));

        people.act(ngo);
        assertEquals(List.of("Allanamiento"), titles());
        assertThrows(EventNotFoundException.class, () -> calendars.event(internal));
        assertThrows(EventNotFoundException.class, () -> calendars.delete(internal));
        assertEquals(Visibility.LISTED, calendars.event(raid).draft().visibility());
    }

    @Test
    void theAuditTrailNamesAnOperationOnlyToThePeopleListedOnItAndPeopleByTheirNames() {
        TaskForce taskForce = people.taskForce("audit-names");
        CalendarPeople.Person police = people.member(taskForce, "policia-nacional");
        CalendarPeople.Person prosecutor = people.member(taskForce, "fiscalia");
        people.act(police);
        long meeting = calendars.create(single("Mesa abierta", Category.MEETING, Visibility.TASK_FORCE, Set.of()));
        long raid = calendars.create(single("Allanamiento", Category.OPERATION, Visibility.TASK_FORCE, Set.of()));

        people.coordinate(prosecutor);
        List<AuditEvent> events = auditTrail.page(0, 50, AuditSearch.all());
        AuditNames names = auditTrail.names(events);
        assertEquals("Mesa abierta", nameOf(events, names, meeting));
        assertNull(nameOf(events, names, raid), "an operation's title, to a coordinator not listed on it");
        AuditEvent created = events.stream().filter(e -> String.valueOf(meeting).equals(e.getRecordId()))
                .findFirst().orElseThrow();
        assertEquals("Persona " + police.username(), names.actor(created));

        people.coordinate(police);
        assertEquals("Allanamiento", nameOf(events, auditTrail.names(events), raid), "to its organiser");
    }

    private static String nameOf(List<AuditEvent> events, AuditNames names, long eventId) {
        AuditEvent event = events.stream()
                .filter(e -> "calendar_event".equals(e.getRecordType()) && String.valueOf(eventId).equals(e.getRecordId()))
                .findFirst().orElseThrow(() -> new AssertionError("no audit event for calendar event " + eventId));
        return names.record(event);
    }

    /**
     * The home's next events: the first ones of the next two months the person sees, in order, whether the week ahead
     * holds enough of them or not; another agency's event and an operation the person is not listed on are not among
     * them.
     */
    @Test
    void theNextEventsAreTheFirstOnesOfTheNextTwoMonthsThePersonSees() {
        TaskForce taskForce = people.taskForce("upcoming");
        CalendarPeople.Person police = people.member(taskForce, "policia-nacional");
        CalendarPeople.Person ngo = people.member(taskForce, "ong-luna-nueva");
        people.act(police);
        LocalDateTime today = LocalDateTime.now(SANTIAGO).truncatedTo(ChronoUnit.HOURS);
        EventDraft open = single("", Category.MEETING, Visibility.TASK_FORCE, Set.of());
        calendars.create(new EventDraft("Semanal", null, null, Category.MEETING, Visibility.TASK_FORCE, false,
                today.plusDays(1), today.plusDays(1).plusHours(1), SANTIAGO,
                new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, 3), Set.of(), List.of()));
        calendars.create(withTitle(open, "En dos días", today.plusDays(2)));
        calendars.create(withTitle(open, "En tres días", today.plusDays(3)));
        calendars.create(withTitle(open, "En cuarenta días", today.plusDays(40)));
        calendars.create(withTitle(open, "En setenta días", today.plusDays(70)));
        calendars.create(withTitle(single("", Category.MEETING, Visibility.AGENCY, Set.of()), "De la policía",
                today.plusDays(1).plusHours(2)));
        calendars.create(withTitle(single("", Category.OPERATION, Visibility.LISTED, Set.of()), "Operativo",
                today.plusDays(1).plusHours(3)));

        people.act(ngo);
        assertEquals(List.of("Semanal", "En dos días", "En tres días"),
                calendars.upcoming(3).stream().map(Occurrence::title).toList(), "the week holds them");
        assertEquals(List.of("Semanal", "En dos días", "En tres días", "Semanal", "Semanal", "En cuarenta días"),
                calendars.upcoming(7).stream().map(Occurrence::title).toList(), "the two months, not further");
    }

    @Test
    void anotherTaskForcesEventIsNotFoundAndCannotBeChanged() {
        TaskForce mine = people.taskForce("mine");
        TaskForce theirs = people.taskForce("theirs");
        CalendarPeople.Person owner = people.member(theirs, "fiscalia");
        CalendarPeople.Person intruder = people.member(mine, "fiscalia");
        people.act(owner);
        long theirEvent = calendars.create(single("Plan de ellos", Category.MEETING, Visibility.TASK_FORCE, Set.of()));

        people.act(intruder);
        assertEquals(List.of(), titles());
        assertThrows(EventNotFoundException.class, () -> calendars.event(theirEvent));
        assertThrows(EventNotFoundException.class,
                () -> calendars.move(theirEvent, null, Duration.ofHours(1), ChangeScope.ALL));
        assertThrows(EventNotFoundException.class, () -> calendars.cancel(theirEvent, null, ChangeScope.ALL));

        people.act(owner);
        assertEquals(List.of("Plan de ellos"), titles());
        assertEquals(0, calendars.event(theirEvent).sequence(), "unchanged");
    }

    @Test
    void aCoordinatorChangesAnyonesEventButOnlyInTheTaskForceTheyCoordinate() {
        TaskForce taskForce = people.taskForce("coord");
        CalendarPeople.Person organiser = people.member(taskForce, "fiscalia");
        CalendarPeople.Person other = people.member(taskForce, "policia-nacional");
        people.act(organiser);
        long meeting = calendars.create(single("Reunión mensual", Category.MEETING, Visibility.TASK_FORCE, Set.of()));

        people.act(other); // a member here, whatever they coordinate elsewhere
        assertFalse(calendars.event(meeting).editable());
        assertThrows(InvalidEventException.class,
                () -> calendars.move(meeting, null, Duration.ofHours(1), ChangeScope.ALL));

        people.coordinate(other);
        assertTrue(calendars.event(meeting).editable());
        calendars.move(meeting, null, Duration.ofHours(1), ChangeScope.ALL);
        assertEquals(1, calendars.event(meeting).sequence(), "moved once, by the coordinator");
    }

    @Test
    void oneOccurrenceMovesAnotherIsCancelledAndTheRestFollowsASplit() {
        TaskForce taskForce = people.taskForce("series");
        CalendarPeople.Person planner = people.member(taskForce, "fiscalia");
        people.act(planner);
        calendars.changeZone(SANTIAGO);
        long series = calendars.create(weekly("Capacitación", 6, Visibility.TASK_FORCE));
        List<Occurrence> before = calendars.occurrences(from(), from().plusMonths(3), Set.of());

        calendars.move(series, before.get(1).originalStart(), Duration.ofHours(2), ChangeScope.THIS);
        calendars.cancel(series, before.get(2).originalStart(), ChangeScope.THIS);
        EventDraft renamed = withTitle(calendars.event(series).draft(), "Capacitación (nuevo horario)",
                before.get(4).start().toLocalDateTime());
        calendars.change(series, before.get(4).originalStart(), renamed, ChangeScope.THIS_AND_FOLLOWING);

        List<Occurrence> after = calendars.occurrences(from(), from().plusMonths(3), Set.of());
        assertEquals(List.of("Capacitación", "Capacitación", "Capacitación", "Capacitación (nuevo horario)",
                "Capacitación (nuevo horario)"), after.stream().map(Occurrence::title).toList());
        assertEquals(LocalTime.of(11, 0), after.get(1).start().toLocalTime(), "the moved one");
        assertEquals(before.get(3).start(), after.get(2).start(), "the cancelled one is gone");
        assertTrue(calendars.event(series).sequence() >= 3, "every change raises the SEQUENCE");
    }

    /**
     * A period reads only the events that reach it ({@code CalendarEvent.lastEndsAt}): the last occurrence of a
     * series, one moved past it, and none once they are cut off.
     */
    @Test
    void aPeriodAfterASeriesShowsItsLastOccurrenceAndOneMovedPastItAndNothingOnceTheyAreCutOff() {
        TaskForce taskForce = people.taskForce("bound");
        CalendarPeople.Person planner = people.member(taskForce, "fiscalia");
        people.act(planner);
        calendars.changeZone(SANTIAGO);
        long series = calendars.create(weekly("Mesa de seguimiento", 3, Visibility.TASK_FORCE));
        List<Occurrence> all = calendars.occurrences(from(), from().plusMonths(3), Set.of());
        ZonedDateTime afterSecond = all.get(1).end();
        ZonedDateTime afterLast = all.get(2).end();

        assertEquals(List.of(all.get(2).start()), starts(afterSecond, afterSecond.plusMonths(1)), "the last one");
        assertEquals(List.of(), starts(afterLast, afterLast.plusMonths(1)));

        calendars.move(series, all.get(1).originalStart(), Duration.ofDays(21), ChangeScope.THIS);
        ZonedDateTime moved = all.get(1).start().plus(Duration.ofDays(21));
        assertEquals(List.of(moved), starts(afterLast, afterLast.plusMonths(1)), "moved two weeks past the last one");

        calendars.cancel(series, all.get(1).originalStart(), ChangeScope.THIS_AND_FOLLOWING);
        assertEquals(List.of(), starts(all.get(0).end(), all.get(0).end().plusMonths(2)), "cut after the first");
        assertEquals(List.of(all.get(0).start()), starts(from(), from().plusMonths(3)));
    }

    private List<ZonedDateTime> starts(ZonedDateTime from, ZonedDateTime to) {
        return calendars.occurrences(from, to, Set.of()).stream().map(Occurrence::start).toList();
    }

    @Test
    void badInputIsRefusedWithEveryProblemNamedAndNothingSaved() {
        TaskForce taskForce = people.taskForce("bad");
        people.act(people.member(taskForce, "fiscalia"));
        EventDraft bad = new EventDraft("", "<b>negrita</b>", null, Category.MEETING, Visibility.TASK_FORCE, false,
                WEDNESDAY_NINE, WEDNESDAY_NINE.minusHours(1), SANTIAGO,
                new Recurrence(Frequency.DAILY, 1, Set.of(), null, null), Set.of(), List.of());

        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> calendars.create(bad));

        assertEquals(List.of("title", "description", "end", "repeatEnd"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), titles());
    }

    @Test
    void anImportWithOneBadEventAddsNothingAndAGoodOneAddsEverything() {
        TaskForce taskForce = people.taskForce("import");
        people.act(people.member(taskForce, "fiscalia"));
        String good = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//test//EN\r
                BEGIN:VEVENT\r
                UID:one@x\r
                DTSTAMP:20261101T120000Z\r
                DTSTART;TZID=America/Asuncion:20270310T090000\r
                DTEND;TZID=America/Asuncion:20270310T100000\r
                SUMMARY:Importada uno\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:two@x\r
                DTSTAMP:20261101T120000Z\r
                DTSTART;TZID=America/Asuncion:20270311T090000\r
                DTEND;TZID=America/Asuncion:20270311T100000\r
                SUMMARY:Importada dos\r
                RRULE:FREQ=DAILY;COUNT=2\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        String oneBad = good.replace("SUMMARY:Importada dos\r\n", "");

        assertThrows(ImportRejectedException.class, () -> calendarImport.importAll(oneBad.getBytes()));
        assertEquals(List.of(), titles());

        assertEquals(2, calendarImport.importAll(good.getBytes()));
        assertEquals(List.of("Importada uno", "Importada dos", "Importada dos"), titles());
    }

    private List<String> titles() {
        return calendars.occurrences(from(), from().plusMonths(3), Set.of()).stream().map(Occurrence::title)
                .toList();
    }

    private static ZonedDateTime from() {
        return ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    }

    private static EventDraft weekly(String title, int count, Visibility visibility) {
        return new EventDraft(title, null, "Sala 1", Category.TRAINING, visibility, false, WEDNESDAY_NINE,
                WEDNESDAY_NINE.plusHours(1), SANTIAGO,
                new Recurrence(Frequency.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), null, count), Set.of(), List.of(30));
    }

    private static EventDraft single(String title, Category category, Visibility visibility, Set<Long> listed) {
        return new EventDraft(title, null, null, category, visibility, false, WEDNESDAY_NINE,
                WEDNESDAY_NINE.plusHours(2), ZoneId.of("America/Asuncion"), null, listed, List.of());
    }

    private static EventDraft withTitle(EventDraft draft, String title, LocalDateTime start) {
        return new EventDraft(title, draft.description(), draft.location(), draft.category(), draft.visibility(),
                draft.allDay(), start, start.plusHours(1), draft.zone(), draft.recurrence(), draft.attendeeIds(),
                draft.reminderMinutes());
    }
}
