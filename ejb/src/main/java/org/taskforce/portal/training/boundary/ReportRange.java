package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an attendance report covers, both included (days in America/Asuncion, the portal's zone): sessions that
 * start within them count. Both days are needed, the second not before the first, and at most {@value #MAX_DAYS} days
 * apart (a report of two years of every task force is as much as a browser download should carry).
 */
public record ReportRange(@NotNull LocalDate from, @NotNull LocalDate to) {

    public static final int MAX_DAYS = 731;

    /** The last day is not before the first (a missing day is {@code @NotNull}'s to say). */
    @AssertTrue(message = "{liaison.report.error.inverted}")
    public boolean isTo() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The range is not longer than {@value #MAX_DAYS} days. */
    @AssertTrue(message = "{liaison.report.error.tooLong}")
    public boolean isFrom() {
        return from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) < MAX_DAYS;
    }
}
