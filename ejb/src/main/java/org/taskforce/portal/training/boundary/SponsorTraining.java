package org.taskforce.portal.training.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A training the liaison's sponsor funds, in whichever task force hosts it, as {@code sponsor_trainings} returns it:
 * no names, counts only (not suppressed: the liaison may read each of these trainings' people by name anyway).
 *
 * @param status {@code PLANNED} (no session begun), {@code UNDER_WAY}, {@code HELD} (its last session ended) or
 *        {@code CANCELLED}
 * @param nominated nominations taking a place (neither declined nor withdrawn)
 * @param approved nominations this sponsor approved
 * @param attended confirmed people credited with some minutes
 * @param completed confirmed people who reached the training's completion rule
 * @param hoursAttended the hours its confirmed people attended, together, to one decimal
 */
public record SponsorTraining(long trainingId, String taskForceName, String title, String kind, int capacity,
        OffsetDateTime firstStart, OffsetDateTime lastEnd, boolean cancelled, String status, long nominated,
        long approved, long confirmed, long attended, long completed, BigDecimal hoursAttended) {
}
