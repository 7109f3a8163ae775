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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What came of an agenda item, typed ({@link OutcomeKind}): its text is what was noted, what was agreed, or what is to
 * be done. An {@code ACTION} has its {@link MeetingAction} (owner, due date, state).
 */
@Entity
@Table(name = "outcome")
public class Outcome extends TaskForceOwned {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private OutcomeKind kind;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "created_by", nullable = false, updatable = false, length = Meeting.ACTOR_LENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @BatchFetch(value = BatchFetchType.IN, size = Meeting.BATCH)
    @OneToOne(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    private MeetingAction action;

    protected Outcome() {
        // for JPA
    }

    Outcome(AgendaItem item, int position, OutcomeKind kind, String text, String createdBy, OffsetDateTime when) {
        this.item = item;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.createdBy = createdBy;
        this.createdAt = when;
    }

    /** Makes this (an ACTION) the action to be done by its owner by the due date. */
    public MeetingAction act(MemberProfile ownerMember, String ownerAgencyCode, LocalDate dueOn) {
        action = new MeetingAction(this, item.getMeeting(), ownerMember, ownerAgencyCode, dueOn);
        return action;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getPosition() {
        return position;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public MeetingAction getAction() {
        return action;
    }
}
