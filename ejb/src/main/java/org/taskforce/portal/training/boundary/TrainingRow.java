package org.taskforce.portal.training.boundary;

import java.time.OffsetDateTime;
import org.taskforce.portal.training.entity.TrainingKind;

/**
 * One training in the task force's list: what it is, when it runs, its hours (in minutes) and how full it is.
 *
 * @param sponsors the names of its sponsors, comma-separated
 * @param taken nominations that take a place (neither declined nor withdrawn)
 */
public record TrainingRow(long id, String title, TrainingKind kind, String sponsors, OffsetDateTime firstStart,
        OffsetDateTime lastEnd, long minutes, int capacity, long taken, long confirmed, boolean national,
        boolean cancelled) {

    /** The hours, to a tenth. */
    public double hours() {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
