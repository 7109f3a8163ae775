package org.taskforce.portal.minutes.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.ChangeScope;
import org.taskforce.portal.calendar.boundary.EventDetails;
import org.taskforce.portal.calendar.boundary.EventDraft;
import org.taskforce.portal.calendar.boundary.EventNotFoundException;
import org.taskforce.portal.calendar.boundary.MemberOption;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.minutes.control.MinutesPdf;
import org.taskforce.portal.minutes.control.MinutesQueries;
import org.taskforce.portal.minutes.control.MinutesReader;
import org.taskforce.portal.minutes.control.MinutesText;
import org.taskforce.portal.minutes.control.RichText;
import org.taskforce.portal.minutes.entity.ActionReview;
import org.taskforce.portal.minutes.entity.ActionState;
import org.taskforce.portal.minutes.entity.AgendaItem;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.minutes.entity.MeetingAction;
import org.taskforce.portal.minutes.entity.MeetingAttendee;
import org.taskforce.portal.minutes.entity.MeetingGuest;
import org.taskforce.portal.minutes.entity.MeetingVisibility;
import org.taskforce.portal.minutes.entity.MinutesState;
import org.taskforce.portal.minutes.entity.MinutesVersion;
import org.taskforce.portal.minutes.entity.Outcome;
import org.taskforce.portal.minutes.entity.OutcomeKind;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.NotAllowedException;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The meetings of the current task force and their minutes, as the signed-in person may see and write them. Every
 * member reads the meetings they see ({@link MinutesQueries#SEEN}: the whole task force's, and the restricted ones of
 * their own agency); a meeting they do not see, another task force's, and one that does not exist are answered alike
 * ({@link MeetingNotFoundException}). Any member holds a meeting (from a calendar event, or on its own, then with an
 * event made through {@link Calendars}); its minute taker and the coordinators write the minutes while they are a
 * draft. Two people saving the same thing meet in its version: the second is refused with a message naming what
 * changed and who changed it, and nothing is written. Every write is audited by the database.
 */
@Stateless
@TaskForceBound
public class Meetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    MinutesReader reader;

    @Inject
    MinutesReview review;

    /**
     * The meetings the person sees, the latest first: those from {@code since} on (planned ones included), or every
     * one when {@code since} is {@code null}. Over every year the list and its items' count cost 170 ms a page at
     * fifteen years under load (load benchmark, scale 3); the page asks for this year and the last unless the person
     * wants earlier years.
     */
    public List<MeetingRow> list(Instant since) {
        // The items counted in one grouped query: reading each meeting's items for their size was one statement per
        // meeting (585 for a task force's 5 years at national scale, issue 16's load benchmark). (EclipseLink turns
        // size(m.items) in the select into an inner join with GROUP BY, which PostgreSQL refuses with the join fetch.)
        String period = "m.startsAt >= :since";
        TypedQuery<Object[]> counted = em.createQuery("select m.id, count(i) from AgendaItem i join i.meeting m"
                + (since == null ? "" : " where " + period) + " group by m.id", Object[].class);
        TypedQuery<Meeting> listed = em.createQuery("select m from Meeting m join fetch m.minuteTaker where "
                + MinutesQueries.SEEN + (since == null ? "" : " and " + period) + " order by m.startsAt desc",
                        Meeting.class)
                .setParameter("agency", reader.agency());
        if (since != null) {
            OffsetDateTime from = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
            counted.setParameter("since", from);
            listed.setParameter("since", from);
        }
        Map<Long, Long> items = counted.getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
        return listed.getResultStream()
                .map(m -> new MeetingRow(m.getId(), m.getTitle(), m.getLocation(), m.getStartsAt(), m.getVisibility(),
                        m.getState(), m.getMinuteTaker().getDisplayName(), items.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    /**
     * Everything a meeting's page shows when it opens, in one transaction (five before: each read its meeting again,
     * and each began, bound and ended its own transaction; load benchmark, issue 15): the minutes, their comments and
     * versions, and for those who write them or coordinate, the members and agencies to choose from.
     */
    public MeetingPageContent open(long id) {
        MeetingDetails details = details(id);
        boolean choosing = details.writable() || details.coordinating();
        return new MeetingPageContent(details, review.comments(id), review.versions(id),
                choosing ? members() : List.of(), choosing ? agencies() : List.of());
    }

    /** One meeting and its minutes, with the open actions of earlier meetings the person sees. */
    public MeetingDetails details(long id) {
        Meeting meeting = find(id);
        Map<String, String> agencies = MinutesQueries.agencyNames(em);
        LocalDate today = LocalDate.now(reader.zone());
        List<ItemView> items = meeting.getItems().stream().map(item -> new ItemView(item.getId(), item.getVersion(),
                item.getPosition(), item.getTitle(), item.getPresenter(), item.getPlannedMinutes(), item.getNotes(),
                item.getUpdatedBy(), item.getUpdatedAt(), item.getOutcomes().stream()
                        .map(outcome -> new OutcomeView(outcome.getId(), outcome.getKind(), outcome.getText(),
                                outcome.getAction() == null ? null : row(outcome.getAction(), agencies, today)))
                        .toList())).toList();
        List<AttendeeRow> attendees = meeting.getAttendees().stream()
                .map(a -> new AttendeeRow(a.getMember().getId(), a.getMember().getDisplayName(), a.getAgencyCode(),
                        a.getPresence()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        List<AttendanceDraft.Guest> guests = meeting.getGuests().stream()
                .map(g -> new AttendanceDraft.Guest(g.getName(), g.getAgencyName())).toList();
        return new MeetingDetails(meeting.getId(), meeting.getVersion(), meeting.getTitle(), meeting.getLocation(),
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getCalendarEventId(),
                meeting.getMinuteTaker().getId(), meeting.getMinuteTaker().getDisplayName(), meeting.getVisibility(),
                meeting.getAgencyCodes().stream().sorted().toList(), meeting.getState(), meeting.getRevision(),
                meeting.getUpdatedBy(), meeting.getUpdatedAt(), reader.mayWrite(meeting), reader.coordinating(),
                attendees, guests, items, openActions(meeting, agencies, today));
    }

    /**
     * Holds a meeting on its own: it also appears in the calendar (category MEETING), seen there by the same people
     * as far as the calendar can say it (the whole task force; one agency; or, for several agencies, the members of
     * those agencies listed on the event). Returns its id.
     */
    public long create(@NotNull @Valid MeetingDraft draft) {
        ZoneId zone = draft.zone() == null ? reader.zone() : draft.zone();
        Meeting meeting = new Meeting(reader.name(), now());
        describe(meeting, draft, zone);
        em.persist(meeting);
        em.flush();
        meeting.shownBy(calendars.create(event(draft, zone)));
        return meeting.getId();
    }

    /**
     * The minutes of an occurrence of a calendar event the person sees: the meeting already held for it, or a new one
     * described from the event (its title, place and times; seen by the whole task force for an event of the whole
     * task force, else by the agencies of the people who see the event). Returns the meeting's id.
     *
     * @param occurrenceStart the occurrence's start (its original start in a series); {@code null}: the event's first
     */
    public long fromEvent(long eventId, ZonedDateTime occurrenceStart) {
        EventDetails event = calendars.event(eventId);
        EventDraft draft = event.draft();
        ZonedDateTime seriesStart = draft.start().atZone(draft.zone());
        ZonedDateTime start = occurrenceStart == null ? seriesStart : occurrenceStart;
        if (occurrenceStart != null && !occursAt(eventId, occurrenceStart)) {
            throw new EventNotFoundException(eventId);
        }
        OffsetDateTime startUtc = utc(start);
        List<Meeting> held = em.createQuery(
                        "select m from Meeting m where m.calendarEventId = :event and m.startsAt = :start",
                        Meeting.class)
                .setParameter("event", eventId).setParameter("start", startUtc).getResultList();
        if (!held.isEmpty()) {
            if (!reader.sees(held.get(0))) {
                throw new MeetingNotFoundException("meeting of event", eventId);
            }
            return held.get(0).getId();
        }
        // An all-day event's draft ends at the start of its last day.
        ZonedDateTime seriesEnd = (draft.allDay() ? draft.end().plusDays(1) : draft.end()).atZone(draft.zone());
        ZonedDateTime end = start.plus(Duration.between(seriesStart, seriesEnd));
        Set<String> agencies = draft.visibility() == Visibility.TASK_FORCE ? Set.of() : agenciesSeeing(eventId);
        MeetingVisibility visibility = draft.visibility() == Visibility.TASK_FORCE ? MeetingVisibility.TASK_FORCE
                : MeetingVisibility.AGENCIES;
        MeetingDraft described = new MeetingDraft(draft.title(), draft.location(),
                start.withZoneSameInstant(draft.zone()).toLocalDateTime(),
                end.withZoneSameInstant(draft.zone()).toLocalDateTime(), draft.zone(), null, visibility, agencies);
        Meeting meeting = new Meeting(reader.name(), now());
        describe(meeting, described, draft.zone());
        meeting.shownBy(eventId);
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /**
     * Changes what, when, where, who takes the minutes and who sees them, over the version the form showed. The
     * calendar event that shows the meeting follows when it is a single event: it gets the new title, place and times
     * and, when who sees the minutes changed, the same visibility, so the calendar never shows a restricted meeting to
     * more people than its minutes. The minutes of one occurrence of a repeating event keep that occurrence's times
     * and who sees it (the calendar changes those, for the series): changing them here is refused on the field.
     */
    public void describe(long id, int openedVersion, @NotNull @Valid MeetingDraft draft) {
        Meeting meeting = writable(id);
        checkVersion(meeting, openedVersion);
        ZoneId zone = draft.zone() == null ? reader.zone() : draft.zone();
        boolean timesChanged = !meeting.getStartsAt().isEqual(utc(draft.start().atZone(zone)))
                || !meeting.getEndsAt().isEqual(utc(draft.end().atZone(zone)));
        boolean visibilityChanged = meeting.getVisibility() != draft.visibility()
                || !meeting.getAgencyCodes().equals(draft.agencyCodes());
        boolean shownChanged = timesChanged || visibilityChanged || !meeting.getTitle().equals(draft.title())
                || !Objects.equals(meeting.getLocation(), draft.location());
        EventDetails event = meeting.getCalendarEventId() == null || !shownChanged ? null
                : calendars.event(meeting.getCalendarEventId());
        boolean series = event != null && event.draft().recurrence() != null;
        if (series && (timesChanged || visibilityChanged)) {
            throw new InvalidException(List.of(new FieldProblem(timesChanged ? "start" : "visibility",
                    "minutes.error.seriesOccurrence")));
        }
        OptimisticLocking.edit(em, meeting, openedVersion, "minutes.error.changedMeanwhile", changed -> {
            describe(changed, draft, zone);
            changed.touched(reader.name(), now());
        });
        if (event != null && !series) {
            EventDraft current = event.draft();
            // Who the event shows to is worked out (members listed by agency) only when who sees the minutes changed.
            EventDraft shown = visibilityChanged ? event(draft, zone) : current;
            calendars.change(event.id(), null, new EventDraft(draft.title(), current.description(),
                    draft.location(), current.category(), shown.visibility(), false, draft.start(), draft.end(), zone,
                    null, shown.attendeeIds(), current.reminderMinutes()), ChangeScope.ALL);
        }
    }

    /** Replaces who was expected (present or apologised) and the guests, over the version the form showed. */
    public void attendance(long id, int openedVersion, @NotNull @Valid AttendanceDraft draft) {
        Meeting meeting = writable(id);
        checkVersion(meeting, openedVersion);
        Map<Long, MemberProfile> members = members(draft.attendees().stream()
                .map(AttendanceDraft.Attendee::memberId).collect(Collectors.toSet()), "attendees");
        List<MeetingAttendee> attendees = new ArrayList<>();
        for (AttendanceDraft.Attendee attendee : draft.attendees()) {
            MemberProfile member = members.get(attendee.memberId());
            if (meeting.getVisibility() == MeetingVisibility.AGENCIES
                    && !meeting.getAgencyCodes().contains(MinutesQueries.agency(member.getAgencyCode()))) {
                throw new InvalidException(new FieldProblem("attendees", "minutes.error.attendeeAgency",
                        member.getDisplayName()));
            }
            attendees.add(new MeetingAttendee(meeting, member, attendee.presence(), member.getAgencyCode()));
        }
        List<MeetingGuest> guests = draft.guests().stream()
                .map(guest -> new MeetingGuest(meeting, guest.name(), guest.agencyName())).toList();
        OptimisticLocking.edit(em, meeting, openedVersion, "minutes.error.changedMeanwhile", changed -> {
            changed.attendance(attendees, guests);
            changed.touched(reader.name(), now());
        });
    }

    /** Adds an item at the end of the agenda; returns its id. */
    public long addItem(long meetingId, @NotNull @Valid ItemDraft draft) {
        Meeting meeting = writable(meetingId);
        AgendaItem item = meeting.addItem(draft.title(), draft.presenter(), draft.plannedMinutes(), reader.name(),
                now());
        em.flush();
        return item.getId();
    }

    /** Changes an item's title, presenter and planned minutes, over the version the form showed. */
    public void changeItem(long itemId, int openedVersion, @NotNull @Valid ItemDraft draft) {
        AgendaItem item = writableItem(itemId);
        checkVersion(item, openedVersion);
        OptimisticLocking.edit(em, item, openedVersion, "minutes.error.changedMeanwhile", changed ->
                changed.describe(draft.title(), draft.presenter(), draft.plannedMinutes(), reader.name(), now()));
    }

    /**
     * Saves an item's discussion notes, as the sanitiser lets them through, over the version the editor was opened
     * with. Text over {@value AgendaItem#NOTES_BYTES} bytes is refused as a whole.
     */
    public void writeNotes(long itemId, int openedVersion, String html) {
        AgendaItem item = writableItem(itemId);
        if (RichText.bytes(html) > AgendaItem.NOTES_BYTES) {
            throw new InvalidException(new FieldProblem("notes", "minutes.error.notesTooLong",
                    AgendaItem.NOTES_BYTES / 1024));
        }
        String clean = RichText.sanitise(html);
        if (RichText.bytes(clean) > AgendaItem.NOTES_BYTES) {
            throw new InvalidException(new FieldProblem("notes", "minutes.error.notesTooLong",
                    AgendaItem.NOTES_BYTES / 1024));
        }
        checkVersion(item, openedVersion);
        OptimisticLocking.edit(em, item, openedVersion, "minutes.error.changedMeanwhile",
                changed -> changed.write(clean, reader.name(), now()));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}). */
    public void moveItem(long itemId, int step) {
        AgendaItem item = writableItem(itemId);
        item.getMeeting().moveItem(item, step);
        item.getMeeting().touched(reader.name(), now());
    }

    /** Removes an item with its notes and outcomes. */
    public void removeItem(long itemId) {
        AgendaItem item = writableItem(itemId);
        item.getMeeting().removeItem(item);
        item.getMeeting().touched(reader.name(), now());
    }

    /**
     * Adds an outcome to an item; an ACTION needs its owner (a member or an agency of the task force, one of the
     * meeting's agencies if it is restricted) and a due date not before the meeting. Returns the outcome's id.
     */
    public long addOutcome(long itemId, @NotNull @Valid OutcomeDraft draft) {
        AgendaItem item = writableItem(itemId);
        Meeting meeting = item.getMeeting();
        MemberProfile ownerMember = null;
        if (draft.kind() == OutcomeKind.ACTION) {
            List<FieldProblem> problems = new ArrayList<>();
            if ((draft.ownerMemberId() == null) == (draft.ownerAgencyCode() == null)) {
                problems.add(new FieldProblem("owner", "minutes.error.ownerRequired"));
            } else if (draft.ownerMemberId() != null) {
                ownerMember = members(Set.of(draft.ownerMemberId()), "owner").get(draft.ownerMemberId());
                if (!seesMeeting(meeting, ownerMember.getAgencyCode())) {
                    problems.add(new FieldProblem("owner", "minutes.error.ownerAgency", ownerMember.getDisplayName()));
                }
            } else if (!MinutesQueries.agencyNames(em).containsKey(draft.ownerAgencyCode())) {
                problems.add(new FieldProblem("owner", "minutes.error.unknownAgency", draft.ownerAgencyCode()));
            } else if (!seesMeeting(meeting, draft.ownerAgencyCode())) {
                problems.add(new FieldProblem("owner", "minutes.error.ownerAgency", draft.ownerAgencyCode()));
            }
            LocalDate meetingDay = meeting.getStartsAt().atZoneSameInstant(reader.zone()).toLocalDate();
            if (draft.dueOn() == null) {
                problems.add(new FieldProblem("dueOn", "minutes.error.dueRequired"));
            } else if (draft.dueOn().isBefore(meetingDay)) {
                problems.add(new FieldProblem("dueOn", "minutes.error.dueBeforeMeeting", meetingDay.toString()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidException(problems);
            }
        }
        Outcome outcome = item.addOutcome(draft.kind(), draft.text(), reader.name(), now());
        if (draft.kind() == OutcomeKind.ACTION) {
            outcome.act(ownerMember, draft.ownerAgencyCode(), draft.dueOn());
        }
        em.flush();
        return outcome.getId();
    }

    /** Removes an outcome (an action with it, and its history). */
    public void removeOutcome(long outcomeId) {
        Outcome outcome = em.createQuery("select o from Outcome o join o.item.meeting m where o.id = :id and "
                        + MinutesQueries.SEEN, Outcome.class)
                .setParameter("id", outcomeId).setParameter("agency", reader.agency())
                .getResultStream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException("outcome", outcomeId));
        AgendaItem item = writableItem(outcome.getItem().getId());
        item.removeOutcome(outcome);
    }

    /**
     * Records, in a meeting's minutes, its word on an open action of an earlier meeting: done, kept open (with a note),
     * or dropped (with the reason). The action keeps every review as its history.
     */
    public void review(long meetingId, long actionId, @NotNull @Valid ReviewDraft draft) {
        Meeting meeting = writable(meetingId);
        MeetingAction action = em.createQuery("select a from MeetingAction a join a.meeting m where a.id = :id and "
                        + MinutesQueries.SEEN, MeetingAction.class)
                .setParameter("id", actionId).setParameter("agency", reader.agency())
                .getResultStream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException("action", actionId));
        boolean reviewedHere = action.getReviews().stream().anyMatch(r -> r.getMeeting().equals(meeting));
        if (!action.getMeeting().getStartsAt().isBefore(meeting.getStartsAt())
                || action.getState() != ActionState.OPEN && !reviewedHere) {
            throw new ConflictException("Action " + actionId + " is not open before meeting " + meetingId,
                    "minutes.error.notOpenHere");
        }
        if (draft.state() == ActionState.DROPPED && draft.note() == null) {
            throw new InvalidException(new FieldProblem("note", "minutes.error.reasonRequired"));
        }
        action.review(meeting, draft.state(), draft.note(), reader.name(), now());
        meeting.touched(reader.name(), now());
    }

    /** Sends a draft to the attendees for comment: it is no longer edited. Its minute taker or a coordinator. */
    public void circulate(long id, int openedVersion) {
        Meeting meeting = find(id);
        if (!reader.isWriter(meeting)) {
            throw new NotAllowedException("Not a writer of meeting " + id, "minutes.error.notWriter");
        }
        step(meeting, openedVersion, MinutesState.DRAFT, MinutesState.CIRCULATED, "minutes.error.notDraft");
    }

    /**
     * Approves circulated minutes: they are final, and their text is kept as this revision
     * ({@link MinutesVersion}). Only a coordinator; draft minutes are refused.
     */
    @CoordinatorsOnly
    public void approve(long id, int openedVersion) {
        Meeting meeting = find(id);
        step(meeting, openedVersion, MinutesState.CIRCULATED, MinutesState.APPROVED, "minutes.error.notCirculated");
        em.persist(new MinutesVersion(meeting, MinutesText.of(meeting, MinutesQueries.agencyNames(em),
                ZoneId.of(MemberProfile.DEFAULT_TIME_ZONE)), reader.name(), now()));
    }

    /** Takes circulated minutes back to draft (to work in what the attendees said). A coordinator. */
    @CoordinatorsOnly
    public void reopen(long id, int openedVersion) {
        Meeting meeting = find(id);
        step(meeting, openedVersion, MinutesState.CIRCULATED, MinutesState.DRAFT, "minutes.error.notCirculated");
    }

    /** The minutes of a meeting as a PDF, in the reader's language and zone. */
    public byte[] pdf(long id, @NotNull ResourceBundle bundle, @NotNull Locale locale) {
        return MinutesPdf.render(details(id), MinutesQueries.agencyNames(em), bundle, locale, reader.zone());
    }

    /** The members of the task force, who may take minutes, attend and own actions. */
    public List<MemberChoice> members() {
        return calendars.members().stream()
                .map(m -> new MemberChoice(m.memberId(), m.displayName(), m.agencyCode())).toList();
    }

    /** The task force's agencies. */
    public List<AgencyChoice> agencies() {
        return em.createQuery("select a from Agency a order by a.name", Agency.class).getResultStream()
                .map(a -> new AgencyChoice(a.getCode(), a.getName())).toList();
    }

    // --- finding, with the visibility rule in every query ---

    private Meeting find(long id) {
        return MinutesQueries.meeting(em, id, reader.agency())
                .orElseThrow(() -> new MeetingNotFoundException("meeting", id));
    }

    /** A meeting the person may write now: 404 if unseen, refused if not theirs to write or no longer a draft. */
    private Meeting writable(long id) {
        Meeting meeting = find(id);
        if (!reader.isWriter(meeting)) {
            throw new NotAllowedException("Not a writer of meeting " + id, "minutes.error.notWriter");
        }
        if (meeting.getState() != MinutesState.DRAFT) {
            throw new ConflictException("Meeting " + id + " is " + meeting.getState(), "minutes.error.notDraft");
        }
        return meeting;
    }

    private AgendaItem writableItem(long itemId) {
        AgendaItem item = em.createQuery("select i from AgendaItem i join i.meeting m where i.id = :id and "
                        + MinutesQueries.SEEN, AgendaItem.class)
                .setParameter("id", itemId).setParameter("agency", reader.agency())
                .getResultStream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException("agenda item", itemId));
        writable(item.getMeeting().getId());
        return item;
    }

    /**
     * The open actions of earlier meetings the person sees, and those this meeting already reviewed (closed here or
     * since), oldest first.
     */
    private List<OpenAction> openActions(Meeting meeting, Map<String, String> agencies, LocalDate today) {
        List<MeetingAction> actions = em.createQuery("""
                        select a from MeetingAction a join a.meeting m
                        where m.startsAt < :start and (a.state = org.taskforce.portal.minutes.entity.ActionState.OPEN
                              or a.id in (select r.action.id from ActionReview r where r.meeting.id = :here))
                          and """ + MinutesQueries.SEEN + " order by m.startsAt, a.id", MeetingAction.class)
                .setParameter("start", meeting.getStartsAt()).setParameter("here", meeting.getId())
                .setParameter("agency", reader.agency())
                .getResultList();
        return actions.stream().map(action -> {
            ReviewRow here = action.getReviews().stream().filter(r -> r.getMeeting().equals(meeting)).findFirst()
                    .map(Meetings::reviewRow).orElse(null);
            return new OpenAction(row(action, agencies, today), here);
        }).toList();
    }

    // --- rows ---

    static ActionRow row(MeetingAction action, Map<String, String> agencies, LocalDate today) {
        Meeting origin = action.getMeeting();
        String owner = action.getOwnerMember() != null ? action.getOwnerMember().getDisplayName()
                : agencies.getOrDefault(action.getOwnerAgencyCode(), action.getOwnerAgencyCode());
        return new ActionRow(action.getId(), action.getVersion(), action.getOutcome().getText(),
                action.getOwnerMember() == null ? null : action.getOwnerMember().getId(), action.getOwnerAgencyCode(),
                owner, action.getDueOn(), action.getState(),
                action.getState() == ActionState.OPEN && action.getDueOn().isBefore(today), origin.getId(),
                origin.getTitle(), origin.getStartsAt(),
                action.getReviews().stream().map(Meetings::reviewRow).toList());
    }

    static ReviewRow reviewRow(ActionReview review) {
        return new ReviewRow(review.getMeeting().getId(), review.getMeeting().getTitle(),
                review.getMeeting().getStartsAt(), review.getState(), review.getNote(), review.getReviewedBy(),
                review.getReviewedAt());
    }

    // --- writing ---

    /** Checks a draft against the task force and writes it into the meeting. */
    private void describe(Meeting meeting, MeetingDraft draft, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime start = draft.start().atZone(zone);
        ZonedDateTime end = draft.end().atZone(zone);
        if (!end.isAfter(start)) {
            problems.add(new FieldProblem("end", "minutes.error.endBeforeStart"));
        }
        long takerId = draft.minuteTakerId() == null ? reader.memberId() : draft.minuteTakerId();
        MemberProfile taker = members(Set.of(takerId), "minuteTakerId").get(takerId);
        if (draft.visibility() == MeetingVisibility.AGENCIES) {
            Set<String> known = MinutesQueries.agencyNames(em).keySet();
            if (draft.agencyCodes().isEmpty()) {
                problems.add(new FieldProblem("agencyCodes", "minutes.error.noAgency"));
            }
            draft.agencyCodes().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code ->
                    problems.add(new FieldProblem("agencyCodes", "minutes.error.unknownAgency", code)));
            if (!draft.agencyCodes().contains(reader.agency())) {
                problems.add(new FieldProblem("agencyCodes", "minutes.error.ownAgency"));
            }
            if (!draft.agencyCodes().contains(MinutesQueries.agency(taker.getAgencyCode()))) {
                problems.add(new FieldProblem("minuteTakerId", "minutes.error.minuteTakerAgency",
                        taker.getDisplayName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
        meeting.describe(draft.title(), draft.location(), utc(start), utc(end), taker, draft.visibility(),
                draft.agencyCodes());
    }

    /** The calendar event that shows a meeting held on its own. */
    private EventDraft event(MeetingDraft draft, ZoneId zone) {
        Visibility visibility = Visibility.TASK_FORCE;
        Set<Long> listed = Set.of();
        if (draft.visibility() == MeetingVisibility.AGENCIES) {
            if (draft.agencyCodes().equals(Set.of(reader.agency()))) {
                visibility = Visibility.AGENCY;
            } else {
                visibility = Visibility.LISTED;
                listed = calendars.members().stream().filter(m -> draft.agencyCodes().contains(m.agencyCode()))
                        .map(MemberOption::memberId).filter(id -> id != reader.memberId())
                        .collect(Collectors.toSet());
            }
        }
        return new EventDraft(draft.title(), null, draft.location(), Category.MEETING, visibility, false,
                draft.start(), draft.end(), zone, null, listed, List.of());
    }

    private void checkVersion(Meeting meeting, int openedVersion) {
        if (meeting.getVersion() != openedVersion) {
            throw new ConflictException("Meeting " + meeting.getId() + " is at version " + meeting.getVersion()
                    + ", the form was opened at " + openedVersion, "minutes.error.meetingChangedMeanwhile",
                    new Object[] {meeting.getUpdatedBy()});
        }
    }

    private void checkVersion(AgendaItem item, int openedVersion) {
        if (item.getVersion() != openedVersion) {
            throw new ConflictException("Agenda item " + item.getId() + " is at version " + item.getVersion()
                    + ", the form was opened at " + openedVersion, "minutes.error.itemChangedMeanwhile",
                    new Object[] {item.getTitle(), item.getUpdatedBy()});
        }
    }

    private void step(Meeting meeting, int openedVersion, MinutesState from, MinutesState to, String refusal) {
        if (meeting.getState() != from) {
            throw new ConflictException("Meeting " + meeting.getId() + " is " + meeting.getState(), refusal);
        }
        checkVersion(meeting, openedVersion);
        OptimisticLocking.edit(em, meeting, openedVersion, "minutes.error.changedMeanwhile", changed -> {
            changed.moveTo(to);
            changed.touched(reader.name(), now());
        });
    }

    /** Members of the task force by id; refuses (on the field) an id that is not one. */
    private Map<Long, MemberProfile> members(Collection<Long> ids, String field) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, MemberProfile> found = new HashMap<>();
        em.createQuery("select m.member from Membership m where m.member.id in :ids", MemberProfile.class)
                .setParameter("ids", new HashSet<>(ids)).getResultStream()
                .forEach(member -> found.put(member.getId(), member));
        if (!found.keySet().containsAll(ids)) {
            throw new InvalidException(new FieldProblem(field, "minutes.error.notAMember"));
        }
        return found;
    }


    private static boolean seesMeeting(Meeting meeting, String agencyCode) {
        return meeting.getVisibility() == MeetingVisibility.TASK_FORCE
                || meeting.getAgencyCodes().contains(MinutesQueries.agency(agencyCode));
    }

    private boolean occursAt(long eventId, ZonedDateTime start) {
        return calendars.occurrences(start.minusMinutes(1), start.plusMinutes(1), Set.of()).stream()
                .anyMatch(o -> o.eventId() == eventId && (o.start().toInstant().equals(start.toInstant())
                        || o.originalStart() != null && o.originalStart().toInstant().equals(start.toInstant())));
    }

    /**
     * The agencies of the people who see an event that is not the whole task force's: the organiser's agency for an
     * agency-only event; the organiser's and the listed people's for a listed one (always the person's own, who sees
     * it), as far as they are agencies of the task force.
     */
    private Set<String> agenciesSeeing(long eventId) {
        CalendarEvent event = em.find(CalendarEvent.class, eventId);
        Set<String> agencies = new HashSet<>();
        if (event.getVisibility() == Visibility.AGENCY) {
            agencies.add(event.getAgencyCode());
        } else {
            agencies.add(event.getOrganiser().getAgencyCode());
            event.getAttendees().forEach(attendee -> agencies.add(attendee.getMember().getAgencyCode()));
        }
        agencies.retainAll(MinutesQueries.agencyNames(em).keySet());
        agencies.add(reader.agency());
        return agencies;
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
