package org.taskforce.portal.training.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * One cell of the attendance table as saved: a session, a participant, the mark ({@code null}: no mark, any earlier
 * one is removed) and the minutes entered for a late or left-early person ({@code null}: the mark's default).
 */
public record MarkInput(@NotNull Long sessionId, @NotNull Long participantId, AttendanceMark mark,
        @Min(0) @Max(24 * 60) Integer minutes) {
}
