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
import java.time.OffsetDateTime;
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A sponsor's decision on a {@link Nomination}, taken by one of its liaisons, with the reason of a refusal. Read-only
 * for the portal: only the database function {@code liaison_decide_nomination} writes it, after checking the sponsor
 * funds the training.
 */
@Entity
@Table(name = "nomination_decision")
public class NominationDecision extends TaskForceOwned {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false, insertable = false, updatable = false)
    private Nomination nomination;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sponsor_id", nullable = false, insertable = false, updatable = false)
    private Sponsor sponsor;

    @Column(nullable = false, insertable = false, updatable = false)
    private boolean approved;

    @Column(length = REASON_LENGTH, insertable = false, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, insertable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected NominationDecision() {
        // for JPA: never made by the portal
    }

    public Long getId() {
        return id;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public Sponsor getSponsor() {
        return sponsor;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
