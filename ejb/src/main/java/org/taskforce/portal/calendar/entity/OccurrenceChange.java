package org.taskforce.portal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * One occurrence of a repeating event that differs from its rule: cancelled (an iCalendar {@code EXDATE}), or moved
 * and perhaps retitled (an overriding {@code VEVENT} with a {@code RECURRENCE-ID}). {@link #getOriginalStart()} is
 * where the rule puts the occurrence.
 */
@Entity
@Table(name = "calendar_occurrence_change")
public class OccurrenceChange extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private CalendarEvent event;

    @Column(name = "original_start", nullable = false)
    private OffsetDateTime originalStart;

    private boolean cancelled;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String title;

    private String location;

    protected OccurrenceChange() {
        // for JPA
    }

    OccurrenceChange(CalendarEvent event, OffsetDateTime originalStart) {
        this.event = event;
        this.originalStart = originalStart;
    }

    /** Cancels the occurrence. */
    public void cancel() {
        cancelled = true;
        startsAt = null;
        endsAt = null;
    }

    /** Moves the occurrence and, where given (not {@code null}), changes its title and location. */
    public void reschedule(OffsetDateTime start, OffsetDateTime end, String newTitle, String newLocation) {
        cancelled = false;
        startsAt = start;
        endsAt = end;
        title = newTitle;
        location = newLocation;
    }

    public OffsetDateTime getOriginalStart() {
        return originalStart;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }
}
