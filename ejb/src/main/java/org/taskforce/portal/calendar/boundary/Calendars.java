package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taskforce.portal.calendar.control.Occurrences;
import org.taskforce.portal.calendar.control.Rules;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.calendar.entity.Category;
import org.taskforce.portal.calendar.entity.Visibility;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InputRefusal;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The calendar of the current task force, as the signed-in person may see and change it.
 *
 * <p>Who is looking is never a parameter: it is the signed-in person ({@link Viewers}). An event they may not see
 * (another task force's, another agency's, an operation they are not listed on) behaves exactly like one that does
 * not exist ({@link EventNotFoundException}). Only an event's organiser and the task force's coordinators change it.
 * Every write is audited by the database.
 */
@Stateless
@TaskForceBound
public class Calendars {

    /** How far ahead the task force home looks for the next events. */
    static final Duration UPCOMING = Duration.ofDays(60);

    /**
     * How far ahead it looks first: a busy task force has some 15 events in the next week and 90 in the next two months
     * (load benchmark, scale 1), and the home shows five; the two months are read only when the week has fewer.
     */
    static final Duration UPCOMING_FIRST = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Viewers viewers;

    /** The occurrences the person may see in {@code [from, to)}, of the given categories (all when empty). */
    public List<Occurrence> occurrences(@NotNull ZonedDateTime from, @NotNull ZonedDateTime to,
            Set<Category> categories) {
        Viewer viewer = viewers.current();
        List<Occurrence> occurrences = new ArrayList<>();
        for (CalendarEvent event : visible(viewer, from.toOffsetDateTime(), to.toOffsetDateTime())) {
            if (categories == null || categories.isEmpty() || categories.contains(event.getCategory())) {
                boolean editable = viewer.mayChange(event);
                Occurrences.between(event, from.toInstant(), to.toInstant())
                        .forEach(slot -> occurrences.add(occurrence(event, slot, viewer.zone(), editable)));
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::start));
        return occurrences;
    }

    /**
     * The next occurrences the person may see, for the task force home: the first {@code max} of the next
     * {@link #UPCOMING} days. Those of the next week come first, so when the week has {@code max} of them they are the
     * answer, and the rest of the two months is not read.
     */
    public List<Occurrence> upcoming(int max) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        List<Occurrence> soon = occurrences(now, now.plus(UPCOMING_FIRST), Set.of());
        return (soon.size() >= max ? soon : occurrences(now, now.plus(UPCOMING), Set.of())).stream().limit(max)
                .toList();
    }

    /** The event as its dialog shows it. */
    public EventDetails event(long id) {
        Viewer viewer = viewers.current();
        CalendarEvent event = find(id, viewer);
        List<MemberOption> attendees = event.getAttendees().stream()
                .map(attendee -> option(attendee.getMember())).toList();
        return new EventDetails(event.getId(), event.getUid(), event.getSequence(), draft(event), attendees,
                event.getOrganiser().getDisplayName(), viewer.mayChange(event));
    }

    /** Adds an event, organised by the signed-in person; returns its id. */
    public long create(@NotNull EventDraft draft) {
        MemberProfile organiser = viewers.profile();
        CalendarEvent event = new CalendarEvent(UUID.randomUUID() + "@taskforce-portal", organiser, now());
        apply(event, draft);
        em.persist(event);
        em.flush();
        return event.getId();
    }

    /**
     * Changes an event: the whole series ({@link ChangeScope#ALL}, or an event that does not repeat), one occurrence
     * (its times, title and location), or this occurrence and the following ones (the series is split there, and the
     * new part gets the draft).
     *
     * @param originalStart where the rule puts the occurrence chosen; not needed for {@code ALL}
     */
    public void change(long eventId, ZonedDateTime originalStart, @NotNull EventDraft draft,
            @NotNull ChangeScope scope) {
        CalendarEvent event = changeable(eventId);
        ChangeScope effective = effective(event, originalStart, scope);
        switch (effective) {
            case ALL -> {
                EventDraft before = draft(event);
                boolean rescheduled = !before.start().equals(draft.start()) || before.allDay() != draft.allDay()
                        || !Objects.equals(before.recurrence(), draft.recurrence());
                apply(event, draft);
                if (rescheduled) {
                    event.forgetChanges(null);
                }
            }
            case THIS -> {
                check(draft);
                ZoneId zone = event.getZone();
                event.occurrence(utc(occurrenceOf(event, originalStart)))
                        .reschedule(utc(start(draft, zone)), utc(end(draft, zone)),
                                draft.title().equals(event.getTitle()) ? null : draft.title(),
                                Objects.equals(draft.location(), event.getLocation())
                                        ? null : draft.location());
            }
            case THIS_AND_FOLLOWING -> split(event, occurrenceOf(event, originalStart), draft);
        }
        event.changed(now());
    }

    /** Moves an occurrence (drag and drop), the series, or this occurrence and the following ones. */
    public void move(long eventId, ZonedDateTime originalStart, @NotNull Duration shift, @NotNull ChangeScope scope) {
        CalendarEvent event = changeable(eventId);
        ChangeScope effective = effective(event, originalStart, scope);
        ZoneId zone = event.getZone();
        EventDraft current = draft(event);
        if (effective == ChangeScope.THIS) {
            ZonedDateTime original = occurrenceOf(event, originalStart);
            Occurrences.Slot slot = Occurrences.between(event, original.toInstant(),
                    original.toInstant().plusSeconds(1)).stream()
                    .filter(candidate -> candidate.originalStart().isEqual(original)).findFirst()
                    .orElseThrow(() -> new EventNotFoundException(eventId));
            event.occurrence(utc(original)).reschedule(utc(slot.start().plus(shift)), utc(slot.end().plus(shift)),
                    slot.title().equals(event.getTitle()) ? null : slot.title(),
                    Objects.equals(slot.location(), event.getLocation()) ? null : slot.location());
            event.changed(now());
            return;
        }
        ZonedDateTime from = effective == ChangeScope.ALL ? event.getStartsAt().atZoneSameInstant(zone)
                : occurrenceOf(event, originalStart);
        Duration length = Duration.between(event.getStartsAt(), event.getEndsAt());
        ZonedDateTime newStart = from.plus(shift);
        ZonedDateTime newEnd = newStart.plus(length);
        Recurrence recurrence = shiftedDays(current.recurrence(), from, newStart);
        EventDraft moved = new EventDraft(current.title(), current.description(), current.location(),
                current.category(), current.visibility(), current.allDay(), newStart.toLocalDateTime(),
                current.allDay() ? newEnd.minusDays(1).toLocalDateTime() : newEnd.toLocalDateTime(), zone,
                recurrence, current.attendeeIds(), current.reminderMinutes());
        change(eventId, originalStart, moved, effective);
    }

    /** Cancels one occurrence, this one and the following, or the whole event. */
    public void cancel(long eventId, ZonedDateTime originalStart, @NotNull ChangeScope scope) {
        CalendarEvent event = changeable(eventId);
        switch (effective(event, originalStart, scope)) {
            case ALL -> em.remove(event);
            case THIS -> {
                event.occurrence(utc(occurrenceOf(event, originalStart))).cancel();
                event.changed(now());
            }
            case THIS_AND_FOLLOWING -> {
                ZonedDateTime cut = occurrenceOf(event, originalStart);
                String before = Rules.before(event.getRrule(), seed(event), cut, event.isAllDay());
                if (before == null) {
                    em.remove(event);
                    return;
                }
                event.schedule(event.isAllDay(), event.getStartsAt(), event.getEndsAt(), event.getZone(), before);
                event.forgetChanges(utc(cut));
                event.changed(now());
            }
        }
    }

    /** Deletes an event and all its occurrences. */
    public void delete(long eventId) {
        em.remove(changeable(eventId));
    }

    /** The members of the task force, who can be listed on an event. */
    public List<MemberOption> members() {
        return em.createQuery("select m.member from Membership m order by m.member.displayName", MemberProfile.class)
                .getResultStream().map(Calendars::option).toList();
    }

    /** The person's own time zone. */
    public ZoneId zone() {
        return viewers.profile().getZone();
    }

    public void changeZone(@NotNull ZoneId zone) {
        viewers.profile().setZone(zone);
    }

    // --- reading ---

    private List<CalendarEvent> visible(Viewer viewer, OffsetDateTime from, OffsetDateTime to) {
        return em.createNamedQuery(CalendarEvent.VISIBLE_BETWEEN, CalendarEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("agency", viewer.agencyCode() == null ? "" : viewer.agencyCode())
                .setParameter("member", viewer.memberId())
                .getResultStream()
                .filter(viewer::sees)
                .toList();
    }

    private CalendarEvent find(long id, Viewer viewer) {
        CalendarEvent event = em.find(CalendarEvent.class, id);
        if (event == null || !viewer.sees(event)) {
            throw new EventNotFoundException(id);
        }
        return event;
    }

    private CalendarEvent changeable(long id) {
        Viewer viewer = viewers.current();
        CalendarEvent event = find(id, viewer);
        if (!viewer.mayChange(event)) {
            throw new InvalidEventException(List.of(new FieldProblem("event", "calendar.error.notYours")));
        }
        return event;
    }

    private static Occurrence occurrence(CalendarEvent event, Occurrences.Slot slot, ZoneId zone, boolean editable) {
        return new Occurrence(event.getId(), slot.title(), slot.location(), event.getCategory(),
                event.getVisibility(), event.isAllDay(), slot.start().withZoneSameInstant(zone),
                slot.end().withZoneSameInstant(zone),
                slot.originalStart() == null ? null : slot.originalStart().withZoneSameInstant(zone),
                event.getRrule() != null, editable);
    }

    /** The event as a draft, in its own zone: what the dialog shows for the whole series. */
    static EventDraft draft(CalendarEvent event) {
        ZonedDateTime start = seed(event);
        ZonedDateTime end = event.getEndsAt().atZoneSameInstant(event.getZone());
        return new EventDraft(event.getTitle(), event.getDescription(), event.getLocation(), event.getCategory(),
                event.getVisibility(), event.isAllDay(), start.toLocalDateTime(),
                event.isAllDay() ? end.minusDays(1).toLocalDateTime() : end.toLocalDateTime(), event.getZone(),
                Rules.recurrence(event.getRrule(), event.getZone()),
                event.getAttendees().stream().map(attendee -> attendee.getMember().getId())
                        .collect(Collectors.toSet()),
                event.getReminderMinutes());
    }

    private static MemberOption option(MemberProfile member) {
        return new MemberOption(member.getId(), member.getDisplayName(), member.getAgencyCode());
    }

    // --- writing ---

    /** Writes a checked draft into the event. */
    private void apply(CalendarEvent event, EventDraft draft) {
        check(draft);
        ZoneId zone = draft.zone() == null ? viewers.profile().getZone() : draft.zone();
        ZonedDateTime start = start(draft, zone);
        String rule;
        try {
            rule = draft.recurrence() == null ? null : Rules.rule(draft.recurrence(), start, draft.allDay());
        } catch (RuntimeException e) {
            throw new InvalidEventException(List.of(new FieldProblem("repeat", "calendar.error.repeat.invalid")));
        }
        String agency = event.getOrganiser().getAgencyCode();
        if (draft.visibility() == Visibility.AGENCY && agency == null) {
            throw new InvalidEventException(List.of(new FieldProblem("visibility", "calendar.error.noAgency")));
        }
        event.describe(draft.title(), draft.description(), draft.location(), draft.category(), draft.visibility(),
                draft.visibility() == Visibility.AGENCY ? agency : null);
        event.schedule(draft.allDay(), utc(start), utc(end(draft, zone)), zone, rule);
        event.remind(new HashSet<>(draft.reminderMinutes()));
        event.list(attendees(draft.attendeeIds()));
    }

    /** Refuses a draft its constraints refuse, every problem on its field, before anything is written. */
    private void check(EventDraft draft) {
        Set<ConstraintViolation<EventDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(InputRefusal.problems(violations));
        }
    }

    /** The members to list, each checked to be a member of this task force. */
    private List<MemberProfile> attendees(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberProfile> members = em.createQuery(
                        "select m.member from Membership m where m.member.id in :ids", MemberProfile.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(MemberProfile::getId, Function.identity()));
        if (!members.keySet().containsAll(ids)) {
            throw new InvalidEventException(List.of(new FieldProblem("attendees", "calendar.error.attendee")));
        }
        return List.copyOf(members.values());
    }

    /** Splits a series at an occurrence: the old part ends the day before, a new series starts with the draft. */
    private void split(CalendarEvent event, ZonedDateTime cut, EventDraft draft) {
        check(draft);
        String before = Rules.before(event.getRrule(), seed(event), cut, event.isAllDay());
        EventDraft rest = draft;
        Recurrence series = Rules.recurrence(event.getRrule(), event.getZone());
        if (series.equals(draft.recurrence()) && series.count() != null) {
            // Unchanged "n times": the new part has the occurrences the old one no longer has.
            String from = Rules.from(event.getRrule(), seed(event), cut, event.isAllDay());
            rest = withRecurrence(draft, from == null ? null : Rules.recurrence(from, event.getZone()));
        }
        CalendarEvent following = new CalendarEvent(UUID.randomUUID() + "@taskforce-portal", event.getOrganiser(),
                now());
        apply(following, rest);
        em.persist(following);
        event.schedule(event.isAllDay(), event.getStartsAt(), event.getEndsAt(), event.getZone(), before);
        event.forgetChanges(utc(cut));
    }

    private static EventDraft withRecurrence(EventDraft draft, Recurrence recurrence) {
        return new EventDraft(draft.title(), draft.description(), draft.location(), draft.category(),
                draft.visibility(), draft.allDay(), draft.start(), draft.end(), draft.zone(), recurrence,
                draft.attendeeIds(), draft.reminderMinutes());
    }

    /** The scope that applies: a single event has only ALL, and the first occurrence's "and following" is ALL. */
    private static ChangeScope effective(CalendarEvent event, ZonedDateTime originalStart, ChangeScope scope) {
        if (event.getRrule() == null || scope == ChangeScope.ALL || originalStart == null) {
            return ChangeScope.ALL;
        }
        if (scope == ChangeScope.THIS_AND_FOLLOWING && originalStart.toInstant().equals(event.getStartsAt()
                .toInstant())) {
            return ChangeScope.ALL;
        }
        return scope;
    }

    /** The occurrence of the series at {@code originalStart}, in the event's zone; 404 if the rule has none there. */
    private static ZonedDateTime occurrenceOf(CalendarEvent event, ZonedDateTime originalStart) {
        ZonedDateTime original = originalStart.withZoneSameInstant(event.getZone());
        boolean real = event.change(utc(original)).isPresent() || !Rules.starts(event.getRrule(), seed(event),
                original, original.plusSeconds(1)).isEmpty();
        if (!real) {
            throw new EventNotFoundException(event.getId());
        }
        return original;
    }

    /** A weekly rule's days moved with the series when it moves by whole days. */
    private static Recurrence shiftedDays(Recurrence recurrence, ZonedDateTime from, ZonedDateTime to) {
        if (recurrence == null || recurrence.days().isEmpty()) {
            return recurrence;
        }
        long days = ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate());
        Set<DayOfWeek> moved = recurrence.days().stream().map(day -> day.plus(days))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Recurrence(recurrence.frequency(), recurrence.interval(), moved, recurrence.until(),
                recurrence.count());
    }

    private static ZonedDateTime seed(CalendarEvent event) {
        return event.getStartsAt().atZoneSameInstant(event.getZone());
    }

    private static ZonedDateTime start(EventDraft draft, ZoneId zone) {
        return draft.allDay() ? draft.start().toLocalDate().atStartOfDay(zone) : draft.start().atZone(zone);
    }

    private static ZonedDateTime end(EventDraft draft, ZoneId zone) {
        return draft.allDay() ? draft.end().toLocalDate().plusDays(1).atStartOfDay(zone) : draft.end().atZone(zone);
    }

    private static OffsetDateTime utc(ZonedDateTime time) {
        return time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
