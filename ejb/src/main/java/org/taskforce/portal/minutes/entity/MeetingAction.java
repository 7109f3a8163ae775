package org.taskforce.portal.minutes.entity;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.taskforce.portal.database.Versioned;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An action agreed at a meeting (the {@link Outcome} of kind ACTION that says what): its owner, a member or an agency
 * of the task force (exactly one), its due date (never before its meeting) and its state. It stays {@code OPEN} until a
 * later meeting marks it done or dropped; every such review is an {@link ActionReview}, and together they are the
 * action's history across meetings. It is seen by whoever sees the meeting it was agreed at.
 */
@Entity
@Table(name = "meeting_action")
public class MeetingAction extends TaskForceOwned implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id", nullable = false, updatable = false)
    private Outcome outcome;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_member_id")
    private MemberProfile ownerMember;

    @Column(name = "owner_agency_code", length = Agency.CODE_LENGTH)
    private String ownerAgencyCode;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionState state = ActionState.OPEN;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private int version;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("reviewedAt")
    private List<ActionReview> reviews = new ArrayList<>();

    protected MeetingAction() {
        // for JPA
    }

    MeetingAction(Outcome outcome, Meeting meeting, MemberProfile ownerMember, String ownerAgencyCode,
            LocalDate dueOn) {
        this.outcome = outcome;
        this.meeting = meeting;
        this.ownerMember = ownerMember;
        this.ownerAgencyCode = ownerAgencyCode;
        this.dueOn = dueOn;
    }

    /**
     * Records a later meeting's review: the action is kept open (with a note), done, or dropped (with a reason). A
     * second review in the same meeting replaces the first.
     */
    public ActionReview review(Meeting at, ActionState newState, String note, String actor, OffsetDateTime when) {
        reviews.removeIf(review -> review.getMeeting().equals(at));
        ActionReview review = new ActionReview(this, at, newState, note, actor, when);
        reviews.add(review);
        state = newState;
        closedAt = newState == ActionState.OPEN ? null : when;
        return review;
    }

    public Long getId() {
        return id;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MemberProfile getOwnerMember() {
        return ownerMember;
    }

    public String getOwnerAgencyCode() {
        return ownerAgencyCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionState getState() {
        return state;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public List<ActionReview> getReviews() {
        return List.copyOf(reviews);
    }
}
