package org.taskforce.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.training.entity.AttendanceMark;

/** Reading sign-in sheets as spreadsheets save them, and naming every problem by line and column. */
class SignInSheetsTest {

    private static final Instant NINE = Instant.parse("2026-12-02T12:00:00Z");

    private static final List<SessionSpan> SESSIONS = List.of(
            new SessionSpan(11, NINE, NINE.plusSeconds(4 * 3600)),
            new SessionSpan(12, NINE.plusSeconds(86_400), NINE.plusSeconds(86_400 + 3 * 3600)));

    private static final SheetRoster WHOLE_TRAINING = new SheetRoster(
            Map.of(101L, "Ana Benítez", 102L, "Núñez Ñandutí"), SESSIONS, null);

    @Test
    void utf8WithSemicolonsAndSpanishWordsIsRead() {
        SheetContent content = SignInSheets.read(utf8("""
                sesión;participante;nombre;asistencia;minutos
                1;101;Ana Benítez;Presente;
                1;102;Núñez Ñandutí;salió antes;90
                2;101;Ana Benítez;ausente;
                """));

        assertEquals(List.of(), content.problems());
        assertEquals("UTF-8", content.encoding());
        assertEquals(List.of(new SheetRow(2, 1, 101, "Ana Benítez", AttendanceMark.PRESENT, null),
                new SheetRow(3, 1, 102, "Núñez Ñandutí", AttendanceMark.LEFT_EARLY, 90),
                new SheetRow(4, 2, 101, "Ana Benítez", AttendanceMark.ABSENT, null)), content.rows());
    }

    @Test
    void windows1252FromExcelIsReadWithItsAccents() {
        byte[] latin = "participante;nombre;asistencia\r\n102;Núñez Ñandutí;justificado\r\n"
                .getBytes(Charset.forName("windows-1252"));

        SheetContent content = SignInSheets.read(latin);

        assertEquals(List.of(), content.problems());
        assertEquals("Windows-1252", content.encoding());
        assertEquals("Núñez Ñandutí", content.rows().get(0).name());
        assertEquals(AttendanceMark.EXCUSED, content.rows().get(0).mark());
    }

    @Test
    void byteOrderMarksDecideTheEncoding() {
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("participant,mark\n101,late\n"));
        assertEquals("UTF-8", SignInSheets.read(bom).encoding());
        assertEquals(AttendanceMark.LATE, SignInSheets.read(bom).rows().get(0).mark());

        byte[] unicodeText = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "participant\tmark\tname\r\n101\tpresent\tAna Benítez\r\n".getBytes(StandardCharsets.UTF_16LE));
        SheetContent content = SignInSheets.read(unicodeText);
        assertEquals(List.of(), content.problems());
        assertEquals("UTF-16", content.encoding());
        assertEquals("Ana Benítez", content.rows().get(0).name());
    }

    @Test
    void aWrongColumnIsNamedAndNothingIsRead() {
        SheetContent content = SignInSheets.read(utf8("participante,asistencia,firma\n101,presente,x\n"));

        assertFalse(content.importable());
        assertEquals(List.of(), content.rows());
        assertEquals(List.of(new SheetProblem(1, "firma", "training.sheet.unknownColumn", "firma",
                "participante, asistencia, minutos, sesion, nombre")), content.problems());
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        SheetContent content = SignInSheets.read(utf8("nombre,asistencia\nAna,presente\n"));

        assertEquals(List.of(new SheetProblem(1, "participante", "training.sheet.missingColumn", "participante")),
                content.problems());
    }

    @Test
    void everyRowsProblemIsNamedByLineAndColumnAndNothingIsKept() {
        SheetContent content = SignInSheets.read(utf8("""
                participante,asistencia,minutos
                101,presente,
                abc,presente,
                102,quizás,
                103,presente,30
                104,tarde,-5
                101,ausente,
                """));

        assertEquals(List.of(), content.rows());
        assertEquals(List.of(
                new SheetProblem(3, "participante", "training.sheet.notANumber", "abc"),
                new SheetProblem(4, "asistencia", "training.sheet.unknownMark", "quizás"),
                new SheetProblem(5, "minutos", "training.sheet.minutesOnlyWhenPartial"),
                new SheetProblem(6, "minutos", "training.sheet.notANumber", "-5"),
                new SheetProblem(7, "participante", "training.sheet.twice", 101L, 2)), content.problems());
    }

    @Test
    void quotedValuesOverSeveralLinesKeepTheLineNumbersRight() {
        SheetContent content = SignInSheets.read(utf8("nombre,participante,asistencia\n\"Ana\nBenítez\",101,presente\n"
                + "Otro,102,nada\n"));

        assertEquals(List.of(new SheetProblem(4, "asistencia", "training.sheet.unknownMark", "nada")),
                content.problems());
    }

    @Test
    void tenThousandRowsAreRefusedWithTheLimit() {
        StringBuilder sheet = new StringBuilder("participante,asistencia\n");
        for (int i = 0; i < 10_000; i++) {
            sheet.append(i + 1).append(",presente\n");
        }

        SheetContent content = SignInSheets.read(utf8(sheet.toString()));

        assertEquals(List.of(new SheetProblem(null, null, "training.sheet.tooManyRows", SignInSheets.MAX_ROWS)),
                content.problems());
        assertEquals(List.of(), content.rows());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        byte[] large = new byte[SignInSheets.MAX_BYTES + 1];
        assertEquals("training.sheet.tooLarge", SignInSheets.read(large).problems().get(0).messageKey());
    }

    @Test
    void anEmptyOrHeaderOnlySheetSaysSo() {
        assertEquals("training.sheet.empty", SignInSheets.read(new byte[0]).problems().get(0).messageKey());
        assertEquals("training.sheet.empty",
                SignInSheets.read(utf8("participant,mark\n")).problems().get(0).messageKey());
    }

    @Test
    void aBrokenQuoteIsReportedNotThrown() {
        SheetContent content = SignInSheets.read(utf8("participante,asistencia\n\"101,presente\n102,presente"));
        assertEquals("training.sheet.malformed", content.problems().get(0).messageKey());
    }

    @Test
    void aPersonNotInTheTrainingIsRefusedByLine() {
        SheetContent content = SignInSheets.read(utf8("sesion,participante,asistencia,minutos\n1,101,presente,\n"
                + "1,999,presente,\n3,102,presente,\n2,102,tarde,500\n"));

        SheetRoster.Checked checked = WHOLE_TRAINING.marks(content);

        assertEquals(List.of(), checked.marks());
        assertEquals(List.of(new SheetProblem(3, "participante", "training.sheet.notInTraining", 999L),
                new SheetProblem(4, "sesion", "training.sheet.noSuchSession", 3, 2),
                new SheetProblem(5, "minutos", "training.sheet.minutesTooMany", 500, 180L)), checked.problems());
    }

    @Test
    void aValidSheetGivesItsMarksForTheSessionBeingImported() {
        SheetRoster oneSession = new SheetRoster(WHOLE_TRAINING.participants(), SESSIONS, 12L);
        SheetContent content = SignInSheets.read(utf8("participante,asistencia,minutos\n101,tarde,120\n102,p,\n"));

        SheetRoster.Checked checked = oneSession.marks(content);

        assertEquals(List.of(), checked.problems());
        assertEquals(List.of(new Mark(12, 101, AttendanceMark.LATE, 120), new Mark(12, 102, AttendanceMark.PRESENT,
                null)), checked.marks());
        SheetContent otherSession = SignInSheets.read(utf8("sesion,participante,asistencia\n1,101,presente\n"));
        assertEquals("training.sheet.otherSession", oneSession.marks(otherSession).problems().get(0).messageKey());
        SheetContent noSession = SignInSheets.read(utf8("participante,asistencia\n101,presente\n"));
        assertEquals("training.sheet.sessionRequired",
                WHOLE_TRAINING.marks(noSession).problems().get(0).messageKey());
    }

    @Test
    void theTemplateComesBackAsItWasWritten() {
        byte[] template = SignInSheets.template(List.of(new SheetLine(101, "Ana Benítez", "Policía"),
                new SheetLine(102, "=HYPERLINK(\"x\")", null)), List.of(1, 2));

        SheetContent content = SignInSheets.read(template);

        // The marks are still empty: each row says which column it lacks.
        assertEquals(4, content.problems().size());
        assertTrue(content.problems().stream().allMatch(problem -> problem.messageKey()
                .equals("training.sheet.required") && "asistencia".equals(problem.column())));
        String text = new String(template, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsesion;participante;nombre;asistencia;minutos\r\n1;101;Ana Benítez;;"),
                text);
        assertTrue(text.contains("'=HYPERLINK"), text);
        SheetContent filled = SignInSheets.read(utf8(text.replace(";;\r\n", ";presente;\r\n")));
        assertEquals(List.of(), filled.problems());
        assertEquals(4, WHOLE_TRAINING.marks(filled).marks().size());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
