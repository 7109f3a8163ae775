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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable sign-in sheet of one session (OpenPDF): the training, the session's number, date and times in the
 * host task force's zone, the venue, then one row per confirmed participant with their number (the
 * {@code participante} column of the CSV import), name and agency, and empty cells for the time of arrival, of
 * leaving, and the signature. The table's header repeats on every page.
 */
public final class SignInSheetPdf {

    /** What the sheet's heading says. */
    public record Heading(String training, int session, int sessions, ZonedDateTime startsAt, ZonedDateTime endsAt,
            String venue, String taskForce) {
    }

    private SignInSheetPdf() {
    }

    /** The sheet in {@code locale}, with the words of {@code bundle} ({@code training.sheet.pdf.*}). */
    public static byte[] render(Heading heading, List<SheetLine> people, ResourceBundle bundle, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(CertificatePdf.text(bundle, "training.sheet.pdf.title") + " — " + heading.training());
            document.open();
            Font title = CertificatePdf.font(16, Font.BOLD, Color.BLACK);
            Font body = CertificatePdf.font(10, Font.NORMAL, Color.BLACK);
            Font bold = CertificatePdf.font(10, Font.BOLD, Color.BLACK);
            document.add(new Paragraph(CertificatePdf.text(bundle, "training.sheet.pdf.title") + " — "
                    + heading.training(), title));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
            document.add(new Paragraph(CertificatePdf.format(bundle, locale, "training.sheet.pdf.session",
                    heading.session(), heading.sessions(), day.format(heading.startsAt()),
                    time.format(heading.startsAt()), time.format(heading.endsAt())), body));
            String venue = heading.venue() == null || heading.venue().isBlank() ? "—" : heading.venue();
            Paragraph where = new Paragraph(CertificatePdf.format(bundle, locale, "training.sheet.pdf.venue", venue,
                    heading.taskForce()), body);
            where.setSpacingAfter(10);
            document.add(where);
            PdfPTable table = new PdfPTable(new float[] {6, 28, 24, 10, 10, 22});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : List.of("number", "name", "agency", "arrival", "departure", "signature")) {
                PdfPCell cell = new PdfPCell(new Phrase(CertificatePdf.text(bundle, "training.sheet.pdf." + key),
                        bold));
                cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf5));
                cell.setPadding(5);
                table.addCell(cell);
            }
            for (SheetLine person : people) {
                PdfPCell number = new PdfPCell(new Phrase(Long.toString(person.participantId()), body));
                number.setHorizontalAlignment(Element.ALIGN_RIGHT);
                for (PdfPCell cell : List.of(number, new PdfPCell(new Phrase(person.name(), body)),
                        new PdfPCell(new Phrase(person.agency() == null ? "" : person.agency(), body)),
                        new PdfPCell(), new PdfPCell(), new PdfPCell())) {
                    cell.setMinimumHeight(26);
                    cell.setPadding(5);
                    table.addCell(cell);
                }
            }
            document.add(table);
            Paragraph note = new Paragraph(CertificatePdf.text(bundle, "training.sheet.pdf.note"),
                    CertificatePdf.font(8, Font.NORMAL, Color.DARK_GRAY));
            note.setSpacingBefore(8);
            document.add(note);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the sign-in sheet could not be written", e);
        }
        return out.toByteArray();
    }
}
