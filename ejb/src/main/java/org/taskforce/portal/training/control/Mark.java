package org.taskforce.portal.training.control;

import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * One attendance mark as stored: the session, the participant, the mark and the minutes entered ({@code null}: none
 * entered, the mark's default applies).
 */
public record Mark(long sessionId, long participantId, AttendanceMark mark, Integer minutes) {
}
