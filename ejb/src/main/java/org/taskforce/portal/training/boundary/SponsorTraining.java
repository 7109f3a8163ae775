package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;

/**
 * A training the liaison's sponsor funds, in whichever task force hosts it, as {@code sponsor_trainings} returns it:
 * no names, counts only.
 *
 * @param nominated nominations taking a place (neither declined nor withdrawn)
 * @param approved nominations this sponsor approved
 */
public record SponsorTraining(long trainingId, String taskForceName, String title, String kind, int capacity,
        OffsetDateTime firstStart, OffsetDateTime lastEnd, boolean cancelled, long nominated, long approved,
        long confirmed) {
}
