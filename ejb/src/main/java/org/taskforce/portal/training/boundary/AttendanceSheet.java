package org.taskforce.portal.training.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * The attendance of one training: its sessions in order, its completion rule, and one row per confirmed participant.
 */
public record AttendanceSheet(long trainingId, String title, int completionPercent, long trainingMinutes,
        List<SessionSpan> sessions, List<AttendanceRow> rows) {

    /**
     * The cells of a form opened on this sheet that the person changed: a mark other than the sheet's, or other
     * minutes for a late arrival or an early departure. What a save sends, so that a mark someone else saved since the
     * form was opened stays as they saved it unless this person changed that very cell.
     */
    public List<MarkInput> changes(List<MarkInput> cells) {
        Map<Long, AttendanceRow> byParticipant = rows.stream()
                .collect(Collectors.toMap(AttendanceRow::participantId, Function.identity()));
        return cells.stream().filter(cell -> {
            AttendanceRow row = byParticipant.get(cell.participantId());
            if (row == null) {
                return true; // not on this sheet: the save names the problem
            }
            AttendanceMark was = row.marks().get(cell.sessionId());
            if (cell.mark() != was) {
                return true;
            }
            boolean timed = was == AttendanceMark.LATE || was == AttendanceMark.LEFT_EARLY;
            return timed && !Objects.equals(cell.minutes(), row.minutes().get(cell.sessionId()));
        }).toList();
    }
}
