package org.taskforce.portal.minutes.boundary;

/**
 * Presences and apologies of one agency type at a task force's meetings of the last twelve months
 * ({@code minutes_attendance_figures()}); {@code null} stands for a count under 5, hidden.
 */
public record AttendanceFigure(String taskForceName, String agencyType, Long present, Long apologised) {
}
