package org.taskforce.portal.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.taskforce.portal.export.SpreadsheetText;

/**
 * A sponsor's attendance report ({@link AttendanceReport}) as the three files a liaison downloads, each in the
 * person's language (the words of the bundle's {@code liaison.report.*} keys): CSV (Apache Commons CSV; UTF-8 with a
 * byte order mark and semicolons, as Excel in Spanish opens it), XLSX (dhatim fastexcel) and PDF (OpenPDF). The
 * same columns in each: task force, training, first and last day, participant, agency, agency type, sex, hours
 * attended within the report's days, completed; then a totals row. Text cells that a spreadsheet would run as a
 * formula are neutralised ({@link SpreadsheetText}) in the CSV and the XLSX.
 */
public final class AttendanceReportFiles {

    /** The zone the days of trainings are told in: the portal's (every task force is in Paraguay). */
    static final ZoneId ZONE = ZoneId.of("America/Asuncion");

    private static final List<String> COLUMNS = List.of("taskForce", "training", "firstDay", "lastDay",
            "participant", "agency", "agencyType", "sex", "hours", "completed");

    private AttendanceReportFiles() {
    }

    /** The report as CSV. */
    public static byte[] csv(AttendanceReport report, ResourceBundle bundle, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write('\uFEFF');
            printer.printRecord(headers(bundle));
            for (AttendanceReportRow row : report.rows()) {
                printer.printRecord(texts(row, bundle, locale, DateTimeFormatter.ISO_LOCAL_DATE).stream()
                        .map(SpreadsheetText::neutralised).toList());
            }
            printer.printRecord(totals(report, bundle, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report as an Excel workbook of one sheet: days as dates, hours as numbers. */
    public static byte[] xlsx(AttendanceReport report, ResourceBundle bundle, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Task Force Portal", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(CertificatePdf.text(bundle, "liaison.report.sheet"));
            sheet.value(0, 0, title(report, bundle, locale));
            sheet.style(0, 0).bold().set();
            List<String> headers = headers(bundle);
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(2, column, headers.get(column));
                sheet.style(2, column).bold().fillColor("E8EEF5").set();
            }
            int line = 3;
            for (AttendanceReportRow row : report.rows()) {
                List<String> texts = texts(row, bundle, locale, DateTimeFormatter.ISO_LOCAL_DATE);
                for (int column = 0; column < texts.size(); column++) {
                    sheet.value(line, column, SpreadsheetText.neutralised(texts.get(column)));
                }
                cellDate(sheet, line, 2, row.firstStart());
                cellDate(sheet, line, 3, row.lastEnd());
                sheet.value(line, 8, row.hours());
                sheet.style(line, 8).format("0.0").set();
                line++;
            }
            List<String> totals = totals(report, bundle, locale);
            sheet.value(line, 0, totals.get(0));
            sheet.value(line, 4, report.rows().size());
            sheet.value(line, 8, report.hours());
            sheet.style(line, 8).format("0.0").set();
            sheet.value(line, 9, report.completed());
            sheet.range(line, 0, line, 9).style().bold().set();
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.width(column, column == 1 || column == 4 || column == 5 ? 32 : 14);
            }
            sheet.freezePane(0, 3);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report as a printable PDF (A4, landscape); the table's header repeats on every page. */
    public static byte[] pdf(AttendanceReport report, ResourceBundle bundle, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title(report, bundle, locale));
            document.open();
            Font body = CertificatePdf.font(8, Font.NORMAL, Color.BLACK);
            Font bold = CertificatePdf.font(8, Font.BOLD, Color.BLACK);
            Paragraph heading = new Paragraph(title(report, bundle, locale),
                    CertificatePdf.font(14, Font.BOLD, Color.BLACK));
            heading.setSpacingAfter(8);
            document.add(heading);
            PdfPTable table = new PdfPTable(new float[] {12, 18, 8, 8, 14, 14, 10, 7, 5, 6});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : headers(bundle)) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf5));
                cell.setPadding(3);
                table.addCell(cell);
            }
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
            for (AttendanceReportRow row : report.rows()) {
                List<String> texts = texts(row, bundle, locale, day);
                for (int column = 0; column < texts.size(); column++) {
                    PdfPCell cell = new PdfPCell(new Phrase(texts.get(column), body));
                    cell.setPadding(3);
                    if (column == 8) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
            List<String> totals = totals(report, bundle, locale);
            Paragraph summary = new Paragraph(CertificatePdf.format(bundle, locale, "liaison.report.summary",
                    report.rows().size(), report.trainings(), totals.get(8), report.completed()), bold);
            summary.setSpacingBefore(6);
            document.add(summary);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the attendance report could not be written", e);
        }
        return out.toByteArray();
    }

    /** "Attendance report, 1 March 2027 – 31 March 2027". */
    private static String title(AttendanceReport report, ResourceBundle bundle, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return CertificatePdf.format(bundle, locale, "liaison.report.fileTitle", day.format(report.from()),
                day.format(report.to()));
    }

    private static List<String> headers(ResourceBundle bundle) {
        return COLUMNS.stream().map(column -> CertificatePdf.text(bundle, "liaison.report.column." + column))
                .toList();
    }

    /** A row's cells as text, days in the given format. */
    private static List<String> texts(AttendanceReportRow row, ResourceBundle bundle, Locale locale,
            DateTimeFormatter days) {
        return List.of(row.taskForceName(), row.trainingTitle(), day(row.firstStart(), days),
                day(row.lastEnd(), days), row.participantName(), orEmpty(row.agencyName()),
                row.agencyType() == null ? "" : CertificatePdf.text(bundle, "agency.type." + row.agencyType()),
                CertificatePdf.text(bundle, "participant.sex." + row.participantSex()),
                hours(row.hours(), locale),
                CertificatePdf.text(bundle, row.completed() ? "training.attendance.yes" : "training.attendance.no"));
    }

    /** The totals row: its label, the number of rows under the participant, the hours, and how many completed. */
    private static List<String> totals(AttendanceReport report, ResourceBundle bundle, Locale locale) {
        return List.of(CertificatePdf.text(bundle, "liaison.report.total"), "", "", "",
                Integer.toString(report.rows().size()), "", "", "", hours(report.hours(), locale),
                Long.toString(report.completed()));
    }

    private static void cellDate(Worksheet sheet, int line, int column, OffsetDateTime when) {
        if (when != null) {
            sheet.value(line, column, dayOf(when));
            sheet.style(line, column).format("yyyy-mm-dd").set();
        }
    }

    private static String day(OffsetDateTime when, DateTimeFormatter format) {
        return when == null ? "" : format.format(dayOf(when));
    }

    /** Hours to one decimal with the language's decimal separator: 4,5 in Spanish, 4.5 in English. */
    static String hours(double hours, Locale locale) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(hours);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The file's name, with the report's days: {@code asistencia-2027-03-01-2027-03-31.csv}. */
    public static String fileName(AttendanceReport report, String extension) {
        return "asistencia-" + report.from() + "-" + report.to() + "." + extension;
    }

    /** The day, in the portal's zone, of a moment of a training. */
    private static LocalDate dayOf(OffsetDateTime when) {
        return when.atZoneSameInstant(ZONE).toLocalDate();
    }
}
