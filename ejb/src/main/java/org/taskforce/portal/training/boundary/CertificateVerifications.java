package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.Optional;
import org.taskforce.portal.database.RecordQuery;

/**
 * The public verification of a certificate by its code ({@code /verify/<code>}, no sign-in), through the narrow
 * function {@code certificate_verification} of {@code V10__training_attendance.sql}, which returns the training, its
 * days and hours, the holder's initials and whether it was revoked, and nothing else of any task force.
 *
 * <p>Every code takes the same path: a malformed one is looked up like any other (it finds nothing, by the same
 * index), so that the answer's shape and time say nothing about what the portal would accept. Codes carry 160
 * random bits ({@code CertificateCodes}): guessing one is hopeless, whatever the rate.
 */
@Stateless
public class CertificateVerifications {

    /** Longer input is not a code and is not sent to the database at all: it is looked up as the empty code. */
    private static final int LONGEST = 64;

    /** A row of {@code certificate_verification}. */
    private record Row(String trainingTitle, String trainingKind, Date firstDay, Date lastDay, BigDecimal hours,
            String holderInitials, boolean revoked) {
    }

    @PersistenceContext
    EntityManager em;

    /** The certificate of {@code code}, if there is one (revoked ones too: the page says they are). */
    @PermitAll
    public Optional<VerifiedCertificate> verify(String code) {
        String looked = code == null || code.length() > LONGEST ? "" : code;
        return RecordQuery.of(em, Row.class, "certificate_verification(?1)").parameter(1, looked).first()
                .map(row -> new VerifiedCertificate(row.trainingTitle(), row.trainingKind(),
                        row.firstDay() == null ? null : row.firstDay().toLocalDate(),
                        row.lastDay() == null ? null : row.lastDay().toLocalDate(), row.hours(),
                        row.holderInitials(), row.revoked()));
    }
}
