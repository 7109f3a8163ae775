package org.taskforce.portal.training.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A sponsor's attendance report for the days {@code from} to {@code to} (both included): one row per participant and
 * training, in the order of task force, first day and training, and its totals. {@link AttendanceReportFiles} writes
 * it as CSV, XLSX and PDF.
 */
public record AttendanceReport(LocalDate from, LocalDate to, List<AttendanceReportRow> rows) {

    public AttendanceReport {
        rows = List.copyOf(rows);
    }

    /** How many trainings it covers. */
    public long trainings() {
        return rows.stream().mapToLong(AttendanceReportRow::trainingId).distinct().count();
    }

    /** How many of its rows completed their training. */
    public long completed() {
        return rows.stream().filter(AttendanceReportRow::completed).count();
    }

    /** The minutes attended, all rows together. */
    public long minutesAttended() {
        return rows.stream().mapToLong(AttendanceReportRow::minutesAttended).sum();
    }

    /** The hours attended, all rows together, to one decimal. */
    public double hours() {
        return Math.round(minutesAttended() / 6.0) / 10.0;
    }
}
