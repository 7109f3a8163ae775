package org.taskforce.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The liaison's attendance report reads back from each of its three files as it was written, in the person's
 * language, with its totals; a name or agency that starts like a formula is text in the CSV and the XLSX.
 */
class AttendanceReportFilesTest {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    /** Two people of one training, one of them with a name and agency a spreadsheet would run. */
    private static final AttendanceReport REPORT = new AttendanceReport(LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 31), List.of(
                    row("Ana Benítez", "Policía Nacional", "NATIONAL_POLICE", "FEMALE", 270, true),
                    row("=HYPERLINK(\"http://x\",\"y\")", "+Fundación", "NGO", "MALE", 90, false)));

    @Test
    void theCsvHoldsEveryRowInSpanishWithItsTotalsAndNoFormula() throws IOException {
        byte[] csv = AttendanceReportFiles.csv(REPORT, TrainingPdfsTest.bundle("es"), Locale.forLanguageTag("es"));

        List<CSVRecord> records = csv(csv);
        assertAll(
                () -> assertEquals(List.of("Mesa", "Capacitación", "Primer día", "Último día", "Participante",
                        "Institución", "Tipo de institución", "Sexo", "Horas asistidas", "Completó"),
                        records.get(0).toList()),
                () -> assertEquals(List.of("Mesa Regional Alto Paraná", "Trata laboral", "2027-03-02", "2027-03-03",
                        "Ana Benítez", "Policía Nacional", "Policía Nacional", "Mujer", "4,5", "Sí"),
                        records.get(1).toList()),
                () -> assertEquals("'=HYPERLINK(\"http://x\",\"y\")", records.get(2).get(4)),
                () -> assertEquals("'+Fundación", records.get(2).get(5)),
                () -> assertEquals(List.of("Total", "", "", "", "2", "", "", "", "6,0", "1"), records.get(3).toList()),
                () -> assertTrue(records.stream().flatMap(CSVRecord::stream)
                        .noneMatch(cell -> FORMULA.matcher(cell).find()), records::toString));
    }

    @Test
    void theWorkbookHoldsDatesAndHoursAsValuesAndNoFormula() throws IOException {
        byte[] xlsx = AttendanceReportFiles.xlsx(REPORT, TrainingPdfsTest.bundle("en"), Locale.ENGLISH);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row ana = line(rows, 3);
            List<String> texts = new ArrayList<>();
            rows.forEach(row -> row.forEach(cell -> {
                if (cell != null && cell.getRawValue() != null) {
                    texts.add(cell.getText());
                }
            }));
            assertAll(
                    () -> assertEquals("Attendance", workbook.getFirstSheet().getName()),
                    () -> assertEquals("Attendance report, March 1, 2027 – March 31, 2027",
                            line(rows, 0).getCellAsString(0).orElseThrow()),
                    () -> assertEquals("Participant", line(rows, 2).getCellAsString(4).orElseThrow()),
                    () -> assertEquals("Ana Benítez", ana.getCellAsString(4).orElseThrow()),
                    () -> assertEquals("National Police", ana.getCellAsString(6).orElseThrow()),
                    () -> assertEquals(LocalDateTime.of(2027, 3, 2, 0, 0), ana.getCellAsDate(2).orElseThrow()),
                    () -> assertEquals(0, new BigDecimal("4.5").compareTo(ana.getCellAsNumber(8).orElseThrow())),
                    () -> assertEquals("Yes", ana.getCellAsString(9).orElseThrow()),
                    () -> assertEquals("'=HYPERLINK(\"http://x\",\"y\")", line(rows, 4).getCellAsString(4).orElseThrow()),
                    () -> assertEquals(0, new BigDecimal("6.0").compareTo(line(rows, 5).getCellAsNumber(8).orElseThrow())),
                    () -> assertTrue(rows.stream().flatMap(Row::stream)
                            .noneMatch(cell -> cell != null && cell.getFormula() != null), "a formula cell"),
                    () -> assertTrue(texts.stream().noneMatch(text -> FORMULA.matcher(text).find()), texts::toString));
        }
    }

    @Test
    void thePdfNamesEveryoneWithTheirHoursAndTheTotals() throws IOException {
        byte[] pdf = AttendanceReportFiles.pdf(REPORT, TrainingPdfsTest.bundle("es"), Locale.forLanguageTag("es"));

        String text = TrainingPdfsTest.text(pdf);
        assertAll(
                () -> assertTrue(text.contains("Reporte de asistencia"), text),
                () -> assertTrue(text.contains("Ana Benítez"), text),
                () -> assertTrue(text.contains("4,5"), text),
                () -> assertTrue(text.contains("2 participaciones en 1 capacitaciones; 6,0 horas asistidas; 1 completaron."),
                        text));
    }

    @Test
    void anEmptyReportStillHasItsHeadersAndZeroTotals() throws IOException {
        AttendanceReport empty = new AttendanceReport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), List.of());

        List<CSVRecord> records = csv(AttendanceReportFiles.csv(empty, TrainingPdfsTest.bundle("en"), Locale.ENGLISH));
        assertEquals(2, records.size());
        assertEquals(List.of("Total", "", "", "", "0", "", "", "", "0.0", "0"), records.get(1).toList());
        assertTrue(TrainingPdfsTest.text(AttendanceReportFiles.pdf(empty, TrainingPdfsTest.bundle("en"), Locale.ENGLISH))
                .contains("0 participations in 0 trainings"));
    }

    private static AttendanceReportRow row(String name, String agency, String type, String sex, long minutes,
            boolean completed) {
        return new AttendanceReportRow(7, "Mesa Regional Alto Paraná", "Trata laboral",
                OffsetDateTime.of(2027, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2027, 3, 3, 20, 0, 0, 0, ZoneOffset.UTC), name, agency, type, sex, minutes,
                completed);
    }

    /** The sheet's row of that index (from 0): the reader leaves out empty rows. */
    private static Row line(List<Row> rows, int index) {
        return rows.stream().filter(row -> row.getRowNum() == index + 1).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + index));
    }

    /** The CSV as Excel in Spanish reads it: UTF-8 with its byte order mark, semicolons. */
    static List<CSVRecord> csv(byte[] file) throws IOException {
        assertEquals((byte) 0xEF, file[0], "a UTF-8 byte order mark first");
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(reader).getRecords();
        }
    }
}
