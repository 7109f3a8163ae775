package org.taskforce.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.training.entity.AttendanceMark;

/** Hours attended and the completion rule. */
class AttendedHoursTest {

    private static final Instant NINE = Instant.parse("2026-12-02T12:00:00Z");

    /** Two sessions of 4 and 6 hours: 600 minutes in all. */
    private static final List<SessionSpan> SESSIONS = List.of(new SessionSpan(1, NINE, NINE.plusSeconds(4 * 3600)),
            new SessionSpan(2, NINE.plusSeconds(86_400), NINE.plusSeconds(86_400 + 6 * 3600)));

    @Test
    void presentEverywhereCompletes() {
        AttendedHours.Result result = only(List.of(mark(1, AttendanceMark.PRESENT, null),
                mark(2, AttendanceMark.PRESENT, null)), 80);

        assertEquals(600, result.minutesAttended());
        assertEquals(600, result.trainingMinutes());
        assertEquals(100, result.percent());
        assertEquals(10.0, result.hours());
        assertTrue(result.completed());
    }

    @Test
    void exactlyTheRuleCompletesAndOneMinuteLessDoesNot() {
        // 480 of 600 minutes is 80 %.
        assertTrue(only(List.of(mark(1, AttendanceMark.LEFT_EARLY, 120), mark(2, AttendanceMark.PRESENT, null)), 80)
                .completed());
        assertFalse(only(List.of(mark(1, AttendanceMark.LEFT_EARLY, 119), mark(2, AttendanceMark.PRESENT, null)), 80)
                .completed());
    }

    @Test
    void lateWithoutMinutesCountsHalfTheSession() {
        AttendedHours.Result result = only(List.of(mark(1, AttendanceMark.LATE, null),
                mark(2, AttendanceMark.EXCUSED, null)), 80);

        assertEquals(120, result.minutesAttended());
        assertEquals(20, result.percent());
        assertFalse(result.completed());
    }

    @Test
    void minutesNeverExceedTheSessionNorCountForAFullMark() {
        assertEquals(240, AttendedHours.credited(mark(1, AttendanceMark.LATE, 9_999), SESSIONS.get(0)));
        assertEquals(240, AttendedHours.credited(mark(1, AttendanceMark.PRESENT, 10), SESSIONS.get(0)));
        assertEquals(0, AttendedHours.credited(mark(1, AttendanceMark.ABSENT, 100), SESSIONS.get(0)));
    }

    @Test
    void everyParticipantHasAResultAndOtherTrainingsMarksAreIgnored() {
        List<AttendedHours.Result> results = AttendedHours.compute(SESSIONS,
                List.of(new Mark(1, 7, AttendanceMark.PRESENT, null), new Mark(99, 7, AttendanceMark.PRESENT, null),
                        new Mark(1, 55, AttendanceMark.PRESENT, null)),
                List.of(7L, 8L), AttendedHours.DEFAULT_COMPLETION_PERCENT);

        assertEquals(List.of(new AttendedHours.Result(7, 240, 600, false), new AttendedHours.Result(8, 0, 600, false)),
                results);
    }

    @Test
    void aTrainingWithoutSessionsIsCompletedByNoOne() {
        assertFalse(AttendedHours.compute(List.of(), List.of(), List.of(7L), 80).get(0).completed());
        assertThrows(IllegalArgumentException.class, () -> AttendedHours.compute(SESSIONS, List.of(), List.of(), 0));
    }

    @Test
    void marksAreReadFromBothLanguages() {
        assertEquals(AttendanceMark.LEFT_EARLY, MarkRules.fromWord("  Salió   antes ").orElseThrow());
        assertEquals(AttendanceMark.LEFT_EARLY, MarkRules.fromWord("LEFT_EARLY").orElseThrow());
        assertEquals(AttendanceMark.EXCUSED, MarkRules.fromWord("Excused").orElseThrow());
        assertTrue(MarkRules.fromWord("maybe").isEmpty());
    }

    @Test
    void certificateCodesAreLongRandomAndUrlSafe() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCodes.next();
            assertEquals(27, code.length());
            assertTrue(code.matches("[A-Za-z0-9_-]+"), code);
            assertTrue(CertificateCodes.wellFormed(code));
            codes.add(code);
        }
        assertEquals(10_000, codes.size());
        assertTrue(CertificateCodes.BITS >= 128);
        assertFalse(CertificateCodes.wellFormed("abc"));
        assertFalse(CertificateCodes.wellFormed("' or 1=1 --aaaaaaaaaaaaaaaaaa"));
        assertFalse(CertificateCodes.wellFormed(null));
    }

    private static AttendedHours.Result only(List<Mark> marks, int percent) {
        return AttendedHours.compute(SESSIONS, marks, List.of(7L), percent).get(0);
    }

    private static Mark mark(long session, AttendanceMark mark, Integer minutes) {
        return new Mark(session, 7, mark, minutes);
    }
}
