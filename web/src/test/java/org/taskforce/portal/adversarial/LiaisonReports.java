package org.taskforce.portal.adversarial;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSession;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * The liaison's attendance report ({@code /liaison/home.xhtml}, form {@code report}) downloaded as a person would
 * press its buttons, and read back as text whatever its format: the CSV as it is, every cell of the XLSX, the text
 * of every page of the PDF (both are compressed: a marker in their bytes would never be seen). A person the page is
 * not for gets the page's own answer (403).
 */
final class LiaisonReports {

    static final String PAGE = "/liaison/home.xhtml";

    /** The report's three files, by their buttons. */
    enum Format {
        CSV("report:csv"), XLSX("report:xlsx"), PDF("report:pdf");

        final String button;

        Format(String button) {
            this.button = button;
        }
    }

    private LiaisonReports() {
    }

    /** An attack that downloads the report of the days around today (planted sessions are tomorrow). */
    static Attack aroundToday(Format format) {
        return Attack.notShown("the liaison's " + format + " attendance report of the days around today",
                (attacker, target) -> download(attacker, format, today().minusDays(1), today().plusDays(2)));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Asuncion"));
    }

    /** The report of those days in that format, as text (or the page's answer when it has no report form). */
    static HttpResponse<String> download(BrowserlessSession who, Format format, LocalDate from, LocalDate to)
            throws Exception {
        FacesPostback.Download download = FacesPostback.download(who, PAGE, "report", format.button,
                Map.of("report:from", from.toString(), "report:to", to.toString()));
        if (download.file() == null) {
            return download.page();
        }
        HttpResponse<byte[]> file = download.file();
        boolean isFile = file.statusCode() == 200 && file.headers().firstValue("Content-Disposition").isPresent();
        return new AsText(file, isFile ? text(format, file.body()) : new String(file.body(), StandardCharsets.UTF_8));
    }

    /** What a file says, as text. */
    static String text(Format format, byte[] file) throws IOException {
        return switch (format) {
            case CSV -> new String(file, StandardCharsets.UTF_8);
            case XLSX -> {
                try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
                    yield workbook.getFirstSheet().read().stream().map(LiaisonReports::line)
                            .collect(Collectors.joining("\n"));
                }
            }
            case PDF -> {
                PdfReader reader = new PdfReader(file);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
                }
                yield text.toString();
            }
        };
    }

    private static String line(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.joining(";"));
    }

    /** A file's answer with its content as text, for the suite's checks of what an answer shows. */
    private record AsText(HttpResponse<byte[]> file, String body) implements HttpResponse<String> {

        @Override
        public int statusCode() {
            return file.statusCode();
        }

        @Override
        public HttpRequest request() {
            return file.request();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return file.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return file.sslSession();
        }

        @Override
        public URI uri() {
            return file.uri();
        }

        @Override
        public HttpClient.Version version() {
            return file.version();
        }
    }
}
