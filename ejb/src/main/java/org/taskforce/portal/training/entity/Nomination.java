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
 * A {@link Participant} put forward for a {@link Training} by a coordinator, and where that stands
 * ({@link NominationState}). Sponsors' decisions are {@link NominationDecision}s, written by the database function
 * that checks the deciding liaison's sponsor funds the training; that function also moves the state.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends TaskForceOwned implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NominationState state;

    @Column(name = "nominated_by", nullable = false, updatable = false, length = Training.ACTOR_LENGTH)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false, updatable = false)
    private OffsetDateTime nominatedAt;

    @Version
    private int version;

    protected Nomination() {
        // for JPA
    }

    public Nomination(Training training, Participant participant, String nominatedBy, OffsetDateTime nominatedAt) {
        this.training = training;
        this.participant = participant;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
        this.state = training.needsApproval() ? NominationState.AWAITING_APPROVAL : NominationState.NOMINATED;
    }

    /** Moves the nomination on (confirmation, withdrawal). */
    public void moveTo(NominationState newState) {
        this.state = newState;
    }

    /** Moves the nomination to another participant record (a merge of duplicates). */
    public void mergedInto(Participant kept) {
        this.participant = kept;
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public Participant getParticipant() {
        return participant;
    }

    public NominationState getState() {
        return state;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public OffsetDateTime getNominatedAt() {
        return nominatedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
