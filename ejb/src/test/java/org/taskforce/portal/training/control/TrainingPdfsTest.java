package org.taskforce.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The certificate and the sign-in sheet say what they must, in the portal's own words, and the QR code reads back. */
class TrainingPdfsTest {

    private static final String VERIFY = "https://portal.example.org/verify/" + "A".repeat(27);

    @Test
    void theCertificateNamesHolderTrainingDatesHoursSponsorsAndCode() throws Exception {
        CertificateContent content = new CertificateContent("Ana Benítez", "Identificación de víctimas",
                "Formación de formadores", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4), 15.5,
                List.of("Departamento de Estado de los EE. UU.", "OEA"), "Alto Paraná", "A".repeat(27), VERIFY);

        String text = text(CertificatePdf.render(content, bundle("es"), Locale.forLanguageTag("es-PY")));

        for (String expected : List.of("Certificado", "Ana Benítez", "Identificación de víctimas",
                "Formación de formadores", "2 de diciembre de 2026", "4 de diciembre de 2026", "15,5 horas",
                "Departamento de Estado de los EE. UU., OEA", "Alto Paraná", "A".repeat(27))) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String english = text(CertificatePdf.render(content, bundle("en"), Locale.ENGLISH));
        assertTrue(english.contains("This certifies that") && english.contains("15.5 hours"), english);
    }

    @Test
    void theQrCodeReadsBackAsTheVerificationAddress() throws Exception {
        BitMatrix matrix = QrCodes.matrix(VERIFY);
        int scale = 4;
        int width = matrix.getWidth() * scale;
        int[] pixels = new int[width * width];
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));

        assertEquals(VERIFY, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void theSignInSheetListsEveryoneByTheirNumberOnEveryPage() throws Exception {
        List<SheetLine> people = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            people.add(new SheetLine(1000 + i, "Persona Número " + i, i % 2 == 0 ? "Policía Nacional" : null));
        }
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 2, 8, 30, 0, 0, ZoneId.of("America/Asuncion"));
        SignInSheetPdf.Heading heading = new SignInSheetPdf.Heading("Trata laboral", 2, 3, start,
                start.plusHours(4), "Sala Itaipú", "Alto Paraná");

        byte[] pdf = SignInSheetPdf.render(heading, people, bundle("es"), Locale.forLanguageTag("es-PY"));

        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 2, "45 people take more than one page");
        String all = text(pdf);
        assertTrue(all.contains("Planilla de asistencia — Trata laboral"), all);
        assertTrue(all.contains("Sesión 2 de 3"), all);
        assertTrue(all.contains("Sala Itaipú"), all);
        for (int i = 1; i <= 45; i++) {
            assertTrue(all.contains((1000 + i) + " Persona Número " + i), "person " + i);
        }
        String secondPage = new PdfTextExtractor(reader).getTextFromPage(2);
        assertTrue(secondPage.contains("Firma"), "the header repeats: " + secondPage);
    }

    /** The text of every page of a PDF. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** The portal's real bundle (the web module's), so a missing key fails here too. */
    static ResourceBundle bundle(String language) throws IOException {
        Path file = Path.of("../web/src/main/resources/org/taskforce/portal/i18n/messages_" + language
                + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader);
        }
    }
}
