package org.taskforce.portal.training.boundary;

import java.util.List;
import org.taskforce.portal.training.control.SessionSpan;

/**
 * The attendance of one training: its sessions in order, its completion rule, and one row per confirmed participant.
 */
public record AttendanceSheet(long trainingId, String title, int completionPercent, long trainingMinutes,
        List<SessionSpan> sessions, List<AttendanceRow> rows) {
}
