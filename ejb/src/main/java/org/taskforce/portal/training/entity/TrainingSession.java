package org.taskforce.portal.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * One sitting of a {@link Training}: when it starts and ends (the database refuses an end before the start), and the
 * id of the host task force's calendar event that shows it, created, changed and removed with it.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "calendar_event_id")
    private Long calendarEventId;

    protected TrainingSession() {
        // for JPA
    }

    TrainingSession(Training training, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        this.training = training;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** Moves the session. */
    public void reschedule(OffsetDateTime newStart, OffsetDateTime newEnd) {
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    /** Links the session to the calendar event that shows it. */
    public void shownBy(Long eventId) {
        this.calendarEventId = eventId;
    }

    /** How long the session lasts. */
    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
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
}
