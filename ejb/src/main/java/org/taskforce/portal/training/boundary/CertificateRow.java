package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;

/**
 * A certificate of a training as its coordinators list it: who holds it, its verification code, when it was issued
 * and, if revoked, when and why ({@code revokedAt} null while it is valid).
 */
public record CertificateRow(long id, long participantId, String holder, String code, OffsetDateTime issuedAt,
        OffsetDateTime revokedAt, String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
