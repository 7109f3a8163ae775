package org.taskforce.portal.training.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * How one {@link Participant} attended one {@link TrainingSession}: the {@link AttendanceMark} and the minutes it
 * counts (the whole session for present, none for absent or excused, what the coordinator enters for late or left
 * early; the database refuses minutes for absent or excused). Hours attended and completion are computed from these.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends TaskForceOwned implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceMark mark;

    @Column(name = "minutes_attended", nullable = false)
    private int minutesAttended;

    @Column(name = "recorded_by", nullable = false, length = Training.ACTOR_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private int version;

    protected Attendance() {
        // for JPA
    }

    public Attendance(TrainingSession session, Participant participant) {
        this.session = session;
        this.participant = participant;
    }

    /** Records the mark and the minutes it counts, by whom and when. */
    public void mark(AttendanceMark newMark, int minutes, String by, OffsetDateTime at) {
        this.mark = newMark;
        this.minutesAttended = minutes;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Moves the attendance to another participant record (a merge of duplicates). */
    public void mergedInto(Participant kept) {
        this.participant = kept;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Participant getParticipant() {
        return participant;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public int getMinutesAttended() {
        return minutesAttended;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
