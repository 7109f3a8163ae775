package org.taskforce.portal.minutes.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A meeting of a task force and its minutes: when and where, who takes the minutes, who sees it ({@link
 * MeetingVisibility}: the whole task force, or only the {@linkplain #getAgencyCodes() agencies listed}), who came,
 * and the agenda. It is shown by one calendar event ({@link #getCalendarEventId()}): the event it was made from, or
 * one made with it. Versioned: the header and the attendance are saved only over the version a form was opened with;
 * each agenda item has a version of its own.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends TaskForceOwned implements Versioned {

    public static final int TITLE_LENGTH = 200;

    /**
     * How many meetings', items', outcomes' and actions' related records EclipseLink reads in one statement when a
     * page first touches them ({@code @BatchFetch IN}, on every relationship of the minutes the pages walk): the load
     * benchmark counted 218 statements for a meeting of 20 items at national scale, one per item, outcome, action and
     * person (issue 16).
     */
    static final int BATCH = 500;
    public static final int LOCATION_LENGTH = 300;
    public static final int ACTOR_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = LOCATION_LENGTH)
    private String location;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "calendar_event_id")
    private Long calendarEventId;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minute_taker_id", nullable = false)
    private MemberProfile minuteTaker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingVisibility visibility;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_agency", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agency_code", length = Agency.CODE_LENGTH)
    private Set<String> agencyCodes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MinutesState state = MinutesState.DRAFT;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "created_by", nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false, length = ACTOR_LENGTH)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MeetingAttendee> attendees = new ArrayList<>();

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingGuest> guests = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    public Meeting(String createdBy, OffsetDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** What, when and where, who takes the minutes, and who sees them ({@code agencies} only for AGENCIES). */
    public void describe(String newTitle, String newLocation, OffsetDateTime start, OffsetDateTime end,
            MemberProfile newMinuteTaker, MeetingVisibility newVisibility, Collection<String> agencies) {
        title = newTitle;
        location = newLocation;
        startsAt = start;
        endsAt = end;
        minuteTaker = newMinuteTaker;
        visibility = newVisibility;
        agencyCodes.clear();
        if (newVisibility == MeetingVisibility.AGENCIES) {
            agencyCodes.addAll(agencies);
        }
    }

    /** Links the meeting to the calendar event that shows it. */
    public void shownBy(Long eventId) {
        calendarEventId = eventId;
    }

    /** Who changed the minutes last, and when. */
    public void touched(String actor, OffsetDateTime when) {
        updatedBy = actor;
        updatedAt = when;
    }

    /** Opens the next revision of approved minutes for a correction: a draft again. */
    public void startRevision() {
        revision++;
        state = MinutesState.DRAFT;
    }

    /** Moves the minutes on to another state; the service checks that the step is allowed. */
    public void moveTo(MinutesState newState) {
        state = newState;
    }

    /** Adds an item at the end of the agenda. */
    public AgendaItem addItem(String itemTitle, String presenter, Integer plannedMinutes, String actor,
            OffsetDateTime when) {
        AgendaItem item = new AgendaItem(this, items.size() + 1, actor, when);
        item.describe(itemTitle, presenter, plannedMinutes, actor, when);
        items.add(item);
        return item;
    }

    /** Removes an item; those after it move up. */
    public void removeItem(AgendaItem item) {
        items.remove(item);
        renumber();
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}); nothing at either end. */
    public void moveItem(AgendaItem item, int step) {
        int from = items.indexOf(item);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i + 1);
        }
    }

    /** Replaces the attendance: members with their presence and agency, and guests. */
    public void attendance(List<MeetingAttendee> newAttendees, List<MeetingGuest> newGuests) {
        attendees.removeIf(old -> newAttendees.stream().noneMatch(a -> a.getMember().equals(old.getMember())));
        for (MeetingAttendee attendee : newAttendees) {
            attendees.stream().filter(old -> old.getMember().equals(attendee.getMember())).findFirst().ifPresentOrElse(
                    old -> old.mark(attendee.getPresence(), attendee.getAgencyCode()), () -> attendees.add(attendee));
        }
        guests.clear();
        guests.addAll(newGuests);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public Long getCalendarEventId() {
        return calendarEventId;
    }

    public MemberProfile getMinuteTaker() {
        return minuteTaker;
    }

    public MeetingVisibility getVisibility() {
        return visibility;
    }

    /** The agencies that see a restricted meeting, by code (empty for the whole task force). */
    public Set<String> getAgencyCodes() {
        return Set.copyOf(agencyCodes);
    }

    public MinutesState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public List<AgendaItem> getItems() {
        return List.copyOf(items);
    }

    public List<MeetingAttendee> getAttendees() {
        return List.copyOf(attendees);
    }

    public List<MeetingGuest> getGuests() {
        return List.copyOf(guests);
    }
}
