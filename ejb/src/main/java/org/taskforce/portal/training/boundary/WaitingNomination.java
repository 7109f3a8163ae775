package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;

/**
 * A nomination waiting for the liaison's sponsor's decision, as {@code sponsor_waiting_nominations} returns it: the
 * person by name (sponsors approve people by name), their agency and position, and the training.
 */
public record WaitingNomination(long nominationId, long trainingId, String taskForceName, String trainingTitle,
        OffsetDateTime firstStart, String participantName, String agencyName, String agencyType,
        String participantPosition, String participantSex, OffsetDateTime nominatedAt) {
}
