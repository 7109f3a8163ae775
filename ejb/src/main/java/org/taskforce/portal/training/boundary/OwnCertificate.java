package org.taskforce.portal.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A certificate of the signed-in person in any task force (as a participant whose portal account is theirs): what
 * training of which task force, its first day, the hours they attended, revoked or not.
 */
public record OwnCertificate(long certificateId, long taskForceId, String taskForceName, String trainingTitle,
        String trainingKind, LocalDate firstDay, BigDecimal hours, boolean revoked) implements Serializable {
}
