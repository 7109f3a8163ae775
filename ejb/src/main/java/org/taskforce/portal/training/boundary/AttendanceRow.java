package org.taskforce.portal.training.boundary;

import java.util.Map;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * One confirmed participant's line of the attendance table: their marks and entered minutes by session id, and what
 * they add up to (computed, {@code training.control.AttendedHours}).
 */
public record AttendanceRow(long participantId, String name, String agency, Map<Long, AttendanceMark> marks,
        Map<Long, Integer> minutes, long minutesAttended, int percent, boolean completed) {
}
