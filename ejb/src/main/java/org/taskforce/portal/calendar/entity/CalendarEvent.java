package org.taskforce.portal.calendar.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.taskforce.portal.calendar.control.Rules;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * An event of a task force's calendar: one occurrence, or a series by an RFC 5545 rule ({@link #getRrule()}) with
 * its {@linkplain OccurrenceChange changed and cancelled occurrences}. Times are kept as instants with the zone the
 * event was planned in, so that a weekly 09:00 meeting stays at 09:00 across a daylight-saving change.
 *
 * <p>{@link #VISIBLE_BETWEEN} finds the events a member may see that can have an occurrence in a period; the
 * service checks each again ({@code Viewer}) before it shows or changes one. It reads only the events that start
 * before the period's end and whose last occurrence ends after its start ({@link #getLastEndsAt()}, indexed): a
 * calendar page then costs the same after fifteen years as after one.
 */
@Entity
@Table(name = "calendar_event")
@NamedQuery(name = CalendarEvent.VISIBLE_BETWEEN, query = """
        select distinct e from CalendarEvent e left join e.attendees a
        where e.startsAt < :to and (e.lastEndsAt > :from or e.lastEndsAt is null)
          and (e.visibility = org.taskforce.portal.calendar.entity.Visibility.TASK_FORCE
               or (e.visibility = org.taskforce.portal.calendar.entity.Visibility.AGENCY and e.agencyCode = :agency)
               or e.organiser.id = :member or a.member.id = :member)
        order by e.startsAt""")
public class CalendarEvent extends TaskForceOwned {

    public static final String VISIBLE_BETWEEN = "CalendarEvent.visibleBetween";

    /**
     * How many events' attendees, changed occurrences and people EclipseLink reads in one statement when a page first
     * touches them ({@code @BatchFetch IN}): the month view read them one event and one person at a time, 300 to 400
     * statements per calendar or home page at national scale (load benchmark, issue 15).
     */
    static final int BATCH = 500;

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int LOCATION_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 120)
    private String uid;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(length = LOCATION_LENGTH)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(name = "agency_code", length = Agency.CODE_LENGTH)
    private String agencyCode;

    @Column(name = "all_day", nullable = false)
    private boolean allDay;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = 500)
    private String rrule;

    /**
     * When the last occurrence ends, moved occurrences included: the end for an event that does not repeat, and
     * {@code null} for a series without end (then every period reads it). Kept by every change of the times, the rule
     * or an occurrence: {@link #schedule}, {@link #changed} and {@link #forgetChanges} compute it again.
     */
    @Column(name = "last_ends_at")
    private OffsetDateTime lastEndsAt;

    @Column(name = "reminder_minutes", length = 100)
    private String reminderMinutes;

    @Column(nullable = false)
    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id", nullable = false, updatable = false)
    @BatchFetch(value = BatchFetchType.IN, size = BATCH)
    private MemberProfile organiser;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(value = BatchFetchType.IN, size = BATCH)
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(value = BatchFetchType.IN, size = BATCH)
    private List<OccurrenceChange> changes = new ArrayList<>();

    protected CalendarEvent() {
        // for JPA
    }

    public CalendarEvent(String uid, MemberProfile organiser, OffsetDateTime now) {
        this.uid = uid;
        this.organiser = organiser;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the event is and who sees it; {@code agencyCode} is the organiser's agency, for agency-only events. */
    public void describe(String newTitle, String newDescription, String newLocation, Category newCategory,
            Visibility newVisibility, String newAgencyCode) {
        title = newTitle;
        description = newDescription;
        location = newLocation;
        category = newCategory;
        visibility = newVisibility;
        agencyCode = newAgencyCode;
    }

    /** When: the first occurrence, the zone it was planned in, and the rule of the series ({@code null}: none). */
    public void schedule(boolean newAllDay, OffsetDateTime start, OffsetDateTime end, ZoneId zone, String rule) {
        allDay = newAllDay;
        startsAt = start;
        endsAt = end;
        timeZone = zone.getId();
        rrule = rule;
        bound();
    }

    /** Computes {@link #getLastEndsAt()} from the times, the rule and the moved occurrences. */
    private void bound() {
        Duration length = Duration.between(startsAt, endsAt);
        OffsetDateTime last = rrule == null ? endsAt
                : Rules.lastStart(rrule, startsAt.atZoneSameInstant(getZone()))
                        .map(start -> start.plus(length).toOffsetDateTime()).orElse(null);
        if (last != null) {
            for (OccurrenceChange change : changes) {
                if (!change.isCancelled() && change.getEndsAt().isAfter(last)) {
                    last = change.getEndsAt();
                }
            }
        }
        lastEndsAt = last;
    }

    public void remind(Collection<Integer> minutesBefore) {
        reminderMinutes = minutesBefore.isEmpty() ? null
                : minutesBefore.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The members listed on the event, replacing those listed before. */
    public void list(Collection<MemberProfile> members) {
        attendees.removeIf(attendee -> !members.contains(attendee.getMember()));
        members.stream()
                .filter(member -> attendees.stream().noneMatch(attendee -> attendee.getMember().equals(member)))
                .forEach(member -> attendees.add(new Attendee(this, member)));
    }

    /** Records a change that calendar clients must pick up: a higher SEQUENCE and a new DTSTAMP. */
    public void changed(OffsetDateTime now) {
        sequence++;
        updatedAt = now;
        bound();
    }

    /** The change of the occurrence the rule puts at {@code originalStart}, made if there is none yet. */
    public OccurrenceChange occurrence(OffsetDateTime originalStart) {
        return change(originalStart).orElseGet(() -> {
            OccurrenceChange change = new OccurrenceChange(this, originalStart);
            changes.add(change);
            return change;
        });
    }

    public Optional<OccurrenceChange> change(OffsetDateTime originalStart) {
        return changes.stream().filter(change -> change.getOriginalStart().isEqual(originalStart)).findFirst();
    }

    /** Forgets the changes of occurrences from {@code from} on ({@code null}: all of them). */
    public void forgetChanges(OffsetDateTime from) {
        changes.removeIf(change -> from == null || !change.getOriginalStart().isBefore(from));
        bound();
    }

    public boolean isListed(long memberId) {
        return Objects.equals(organiser.getId(), memberId)
                || attendees.stream().anyMatch(attendee -> attendee.getMember().getId() == memberId);
    }

    public Long getId() {
        return id;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public Category getCategory() {
        return category;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getLastEndsAt() {
        return lastEndsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getRrule() {
        return rrule;
    }

    public List<Integer> getReminderMinutes() {
        return reminderMinutes == null ? List.of()
                : Arrays.stream(reminderMinutes.split(",")).map(Integer::valueOf).toList();
    }

    public int getSequence() {
        return sequence;
    }

    public MemberProfile getOrganiser() {
        return organiser;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<Attendee> getAttendees() {
        return List.copyOf(attendees);
    }

    public List<OccurrenceChange> getChanges() {
        return List.copyOf(changes);
    }
}
