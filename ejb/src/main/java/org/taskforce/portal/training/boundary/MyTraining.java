package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;

/**
 * One training of the signed-in person's own history in the current task force: what it was, when, the hours they
 * attended, whether they completed, and their certificate ({@code certificateId} null when none was issued).
 */
public record MyTraining(long trainingId, String title, String kind, OffsetDateTime firstStart, double hours,
        boolean completed, Long certificateId, boolean revoked) {
}
