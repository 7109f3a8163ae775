package org.taskforce.portal.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The PDF certificate (OpenPDF): one landscape A4 page with the holder, the training, its dates and hours, its
 * sponsors, the verification code and a QR code of the public verification address. Every word comes from the
 * portal's message bundle in the holder's language ({@code training.certificate.pdf.*}).
 *
 * <p>Fonts are the PDF standard Helvetica in Windows-1252 (every letter of Spanish and English, nothing embedded);
 * a name with letters outside it (Guaraní's g̃) would print without its tilde.
 */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);

    private CertificatePdf() {
    }

    /** The certificate in {@code locale}, with the words of {@code bundle}. */
    public static byte[] render(CertificateContent content, ResourceBundle bundle, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text(bundle, "training.certificate.pdf.title") + " — " + content.training());
            document.addCreator("Task Force Portal");
            document.open();
            Font heading = font(30, Font.BOLD, INK);
            Font name = font(26, Font.BOLD, Color.BLACK);
            Font body = font(14, Font.NORMAL, Color.BLACK);
            Font small = font(10, Font.NORMAL, Color.DARK_GRAY);
            document.add(centered(text(bundle, "training.certificate.pdf.title"), heading, 30));
            document.add(centered(text(bundle, "training.certificate.pdf.certifies"), body, 10));
            document.add(centered(content.holder(), name, 10));
            document.add(centered(format(bundle, locale, "training.certificate.pdf.completed", content.kind()), body,
                    6));
            document.add(centered(content.training(), font(18, Font.BOLD, INK), 10));
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            String when = content.firstDay().equals(content.lastDay()) ? dates.format(content.firstDay())
                    : format(bundle, locale, "training.certificate.pdf.dates", dates.format(content.firstDay()),
                            dates.format(content.lastDay()));
            NumberFormat hours = NumberFormat.getNumberInstance(locale);
            hours.setMaximumFractionDigits(1);
            document.add(centered(when + " · " + format(bundle, locale, "training.certificate.pdf.hours",
                    hours.format(content.hours())), body, 6));
            document.add(centered(format(bundle, locale, "training.certificate.pdf.host", content.taskForce()), body,
                    6));
            if (!content.sponsors().isEmpty()) {
                document.add(centered(format(bundle, locale, "training.certificate.pdf.sponsors",
                        String.join(", ", content.sponsors())), body, 6));
            }
            float qr = 110;
            PdfContentByte canvas = writer.getDirectContent();
            QrCodes.draw(canvas, content.verifyUrl(), document.right() - qr, document.bottom(), qr);
            Paragraph verify = new Paragraph(format(bundle, locale, "training.certificate.pdf.verify",
                    content.verifyUrl()), small);
            Paragraph code = new Paragraph(format(bundle, locale, "training.certificate.pdf.code", content.code()),
                    font(11, Font.BOLD, Color.BLACK));
            com.lowagie.text.pdf.ColumnText column = new com.lowagie.text.pdf.ColumnText(canvas);
            column.setSimpleColumn(document.left(), document.bottom(), document.right() - qr - 20,
                    document.bottom() + 60);
            column.addElement(code);
            column.addElement(verify);
            column.go();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be written", e);
        }
        return out.toByteArray();
    }

    static Paragraph centered(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    static Font font(float size, int style, Color color) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, false, size, style, color);
    }

    static String text(ResourceBundle bundle, String key) {
        return bundle.getString(key);
    }

    static String format(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
