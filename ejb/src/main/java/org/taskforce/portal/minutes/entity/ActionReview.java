package org.taskforce.portal.minutes.entity;

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
import java.time.OffsetDateTime;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One later meeting's word on an open action: kept open (a note on how it goes), done, or dropped (the reason). The
 * reviews of an action, in order, are its history across meetings.
 */
@Entity
@Table(name = "action_review")
public class ActionReview extends TaskForceOwned {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false, updatable = false)
    private MeetingAction action;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionState state;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = Meeting.ACTOR_LENGTH)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private OffsetDateTime reviewedAt;

    protected ActionReview() {
        // for JPA
    }

    ActionReview(MeetingAction action, Meeting meeting, ActionState state, String note, String reviewedBy,
            OffsetDateTime reviewedAt) {
        this.action = action;
        this.meeting = meeting;
        this.state = state;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() {
        return id;
    }

    public MeetingAction getAction() {
        return action;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ActionState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }
}
