package org.taskforce.portal.training.control;

import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * One line of a sign-in sheet as read: its line in the file, the session's number on the sheet ({@code null} when the
 * sheet has no session column: the session being imported), the participant's number, the name as written (only
 * shown back, never trusted), the mark and the minutes entered ({@code null}: none).
 */
public record SheetRow(int line, Integer session, long participantId, String name, AttendanceMark mark,
        Integer minutes) {
}
