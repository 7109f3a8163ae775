package org.taskforce.portal.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.training.control.SessionSpan;
import org.taskforce.portal.training.entity.AttendanceMark;

/** What a save of the attendance form sends: only the cells the person changed since the form was opened. */
class AttendanceSheetTest {

    private static final long FIRST = 11;
    private static final long SECOND = 12;

    /** Ana: present, then late 150 minutes; Berta: nothing marked, then absent. */
    private static final AttendanceSheet SHEET = new AttendanceSheet(1, "Curso", 80, 480, List.of(
            new SessionSpan(FIRST, Instant.parse("2026-05-04T12:00:00Z"), Instant.parse("2026-05-04T16:00:00Z")),
            new SessionSpan(SECOND, Instant.parse("2026-05-05T12:00:00Z"), Instant.parse("2026-05-05T16:00:00Z"))),
            List.of(row(101, "Ana", AttendanceMark.PRESENT, null, AttendanceMark.LATE, 150),
                    row(102, "Berta", null, null, AttendanceMark.ABSENT, 0)));

    @Test
    void cellsAsTheFormOpenedThemAreNotSent() {
        assertEquals(List.of(), SHEET.changes(List.of(
                new MarkInput(FIRST, 101L, AttendanceMark.PRESENT, null),
                new MarkInput(SECOND, 101L, AttendanceMark.LATE, 150),
                new MarkInput(FIRST, 102L, null, null),
                new MarkInput(SECOND, 102L, AttendanceMark.ABSENT, null))));
    }

    @Test
    void aChangedMarkAChangedLatenessAndARemovedMarkAreSent() {
        MarkInput marked = new MarkInput(FIRST, 102L, AttendanceMark.PRESENT, null);
        MarkInput later = new MarkInput(SECOND, 101L, AttendanceMark.LATE, 120);
        MarkInput removed = new MarkInput(SECOND, 102L, null, null);
        assertEquals(List.of(later, marked, removed), SHEET.changes(List.of(
                new MarkInput(FIRST, 101L, AttendanceMark.PRESENT, null), later, marked, removed)));
    }

    @Test
    void aCellOfSomeoneNotOnTheSheetIsSentForTheSaveToRefuse() {
        MarkInput stranger = new MarkInput(FIRST, 999L, AttendanceMark.PRESENT, null);
        assertEquals(List.of(stranger), SHEET.changes(List.of(stranger)));
    }

    private static AttendanceRow row(long participant, String name, AttendanceMark first, Integer firstMinutes,
            AttendanceMark second, Integer secondMinutes) {
        Map<Long, AttendanceMark> marks = new HashMap<>();
        Map<Long, Integer> minutes = new HashMap<>();
        if (first != null) {
            marks.put(FIRST, first);
            minutes.put(FIRST, firstMinutes);
        }
        marks.put(SECOND, second);
        minutes.put(SECOND, secondMinutes);
        return new AttendanceRow(participant, name, "ONG", marks, minutes, 0, 0, false);
    }
}
