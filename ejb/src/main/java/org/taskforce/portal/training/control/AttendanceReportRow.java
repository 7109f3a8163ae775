package org.taskforce.portal.training.control;

import java.time.OffsetDateTime;

/**
 * One confirmed participant of one training in a sponsor's attendance report, as {@code sponsor_attendance_report}
 * returns it: the training (with its first and last session), the person, their agency and its type, their sex, the
 * minutes they attended in the sessions within the report's days, and whether they completed the training (its own
 * rule, over all its sessions).
 */
public record AttendanceReportRow(long trainingId, String taskForceName, String trainingTitle,
        OffsetDateTime firstStart, OffsetDateTime lastEnd, String participantName, String agencyName,
        String agencyType, String participantSex, long minutesAttended, boolean completed) {

    /** Hours attended within the report's days, to one decimal. */
    public double hours() {
        return Math.round(minutesAttended / 6.0) / 10.0;
    }
}
