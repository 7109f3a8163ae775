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
import org.taskforce.portal.tenancy.TaskForceOwned;

/**
 * A {@link Participant} who teaches a {@link Training}. For a replication, {@link #getTrainerCertificateId()} is the
 * certificate of the Train the Trainer course that made them a trainer, possibly another task force's: it is found by
 * its verification code, never by reading that task force's records, and kept as a bare id for the same reason.
 */
@Entity
@Table(name = "training_trainer")
public class TrainingTrainer extends TaskForceOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Column(name = "trainer_certificate_id")
    private Long trainerCertificateId;

    protected TrainingTrainer() {
        // for JPA
    }

    public TrainingTrainer(Training training, Participant participant, Long trainerCertificateId) {
        this.training = training;
        this.participant = participant;
        this.trainerCertificateId = trainerCertificateId;
    }

    /** Moves the teaching to another participant record (a merge of duplicates). */
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

    public Long getTrainerCertificateId() {
        return trainerCertificateId;
    }
}
