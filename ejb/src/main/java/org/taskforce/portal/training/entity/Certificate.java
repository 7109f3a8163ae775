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
 * The certificate of a {@link Participant} who completed a {@link Training}. Its {@link #getCode() code} (at least
 * 128 random bits, URL-safe) is what the public verification page is asked for. Revoked with a reason, never
 * deleted (the portal's role may not delete it).
 */
@Entity
@Table(name = "certificate")
public class Certificate extends TaskForceOwned {

    public static final int CODE_LENGTH = 64;
    public static final int REVOKED_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Column(nullable = false, unique = true, updatable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_reason", length = REVOKED_REASON_LENGTH)
    private String revokedReason;

    protected Certificate() {
        // for JPA
    }

    public Certificate(Training training, Participant participant, String code, OffsetDateTime issuedAt) {
        this.training = training;
        this.participant = participant;
        this.code = code;
        this.issuedAt = issuedAt;
    }

    /** Revokes the certificate with its reason; the verification page says so from now on. */
    public void revoke(String reason, OffsetDateTime when) {
        this.revokedAt = when;
        this.revokedReason = reason;
    }

    /** Moves the certificate to another participant record (a merge of duplicates). */
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

    public String getCode() {
        return code;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
