package org.taskforce.portal.training.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.taskforce.portal.training.entity.AttendanceMark;

/**
 * Reads a CSV sign-in sheet (typed from the paper sheet, or the sheet's CSV filled in Excel or LibreOffice) with
 * Apache Commons CSV, and names every problem by line and column; the import is all or nothing, as the calendar's
 * {@code .ics} import is.
 *
 * <p><b>The file.</b> A header line, then one line per person and session. Columns, in any order and in Spanish or
 * English, any case, accents or not: {@code participante}/{@code participant} (the number printed on the sheet,
 * required), {@code asistencia}/{@code mark} (presente, tarde, salió antes, ausente, justificado or the English
 * words, required), {@code minutos}/{@code minutes} (only for late or left early; the mark's default when empty),
 * {@code sesion}/{@code session} (the session's number on the sheet; required when the whole training is imported at
 * once) and {@code nombre}/{@code name} (shown back, never used to find the person). Any other column is refused by
 * name, so that a shifted or misspelt header is caught before anything is read wrongly.
 *
 * <p><b>Encoding.</b> A byte order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text"); otherwise a file that
 * is valid UTF-8 is read as UTF-8, and any other as Windows-1252, what Excel in Spanish saves "CSV" in (a superset of
 * Latin-1 for the letters used here). The separator is the header's: comma, semicolon (Excel with a decimal comma)
 * or tab.
 *
 * <p><b>Size.</b> At most {@link #MAX_BYTES} and {@link #MAX_ROWS} rows (200 people × 5 sessions is 1,000): a
 * larger file is refused as a whole with a message saying the limit, without reading on.
 */
public final class SignInSheets {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The most rows accepted in one file. */
    public static final int MAX_ROWS = 5_000;

    /** The columns a sheet may have, by the words that name them. */
    public enum Column {
        PARTICIPANT(true, "participante", "participant", "id"),
        MARK(true, "asistencia", "mark", "marca"),
        MINUTES(false, "minutos", "minutes"),
        SESSION(false, "sesion", "session"),
        NAME(false, "nombre", "name");

        private final boolean required;
        private final List<String> words;

        Column(boolean required, String... words) {
            this.required = required;
            this.words = List.of(words);
        }

        /** The column's name in a sheet the portal writes (its Spanish word). */
        public String header() {
            return words.get(0);
        }

        static Optional<Column> named(String header) {
            String plain = plain(header);
            for (Column column : values()) {
                if (column.words.contains(plain)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private static final String EXPECTED = "participante, asistencia, minutos, sesion, nombre";

    private SignInSheets() {
    }

    /** Reads the file; never throws for what is in it. */
    public static SheetContent read(byte[] file) {
        if (file.length > MAX_BYTES) {
            return failed(null, "training.sheet.tooLarge", MAX_BYTES / 1024);
        }
        Decoded decoded = decode(file);
        String text = decoded.text();
        if (text.isBlank()) {
            return new SheetContent(List.of(), List.of(new SheetProblem(null, null, "training.sheet.empty")),
                    decoded.encoding());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.next();
            long headerEnd = parser.getCurrentLineNumber();
            Map<Column, Integer> columns = columns(header, problems);
            if (!problems.isEmpty()) {
                return new SheetContent(List.of(), problems, decoded.encoding());
            }
            long previousEnd = headerEnd;
            Map<String, Integer> seen = new HashMap<>();
            int count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (++count > MAX_ROWS) {
                    return new SheetContent(List.of(),
                            List.of(new SheetProblem(null, null, "training.sheet.tooManyRows", MAX_ROWS)),
                            decoded.encoding());
                }
                SheetRow row = row(record, line, header, columns, problems);
                if (row != null) {
                    String key = row.session() + "/" + row.participantId();
                    Integer first = seen.putIfAbsent(key, line);
                    if (first != null) {
                        problems.add(new SheetProblem(line, header.get(columns.get(Column.PARTICIPANT)),
                                "training.sheet.twice", row.participantId(), first));
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // Commons CSV reports a broken quote as an unchecked exception naming its position.
            problems.add(new SheetProblem(null, null, "training.sheet.malformed", String.valueOf(e.getMessage())));
            return new SheetContent(List.of(), problems, decoded.encoding());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new SheetProblem(null, null, "training.sheet.empty"));
        }
        return new SheetContent(problems.isEmpty() ? rows : List.of(), problems, decoded.encoding());
    }

    /**
     * The sheet to fill in, as CSV: the header and one row per person (and per session when {@code sessions} is more
     * than one), the mark and minutes left empty. UTF-8 with a byte order mark and semicolons, as Excel in Spanish
     * opens it in columns with the accents right; {@link #read} takes it back as it is saved.
     */
    public static byte[] template(List<SheetLine> people, List<Integer> sessions) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out, format)) {
            printer.printRecord(Column.SESSION.header(), Column.PARTICIPANT.header(), Column.NAME.header(),
                    Column.MARK.header(), Column.MINUTES.header());
            for (Integer session : sessions) {
                for (SheetLine person : people) {
                    printer.printRecord(session, person.participantId(), neutral(person.name()), "", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A name a spreadsheet would take for a formula ({@code =cmd|...}) gets a leading apostrophe. */
    private static String neutral(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Map<Column, Integer> columns(CSVRecord header, List<SheetProblem> problems) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty() && i == header.size() - 1 && i > 0) {
                continue; // a trailing separator, as some spreadsheets write
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                problems.add(new SheetProblem(1, name, "training.sheet.unknownColumn", name, EXPECTED));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new SheetProblem(1, name, "training.sheet.columnTwice", name));
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                problems.add(new SheetProblem(1, column.header(), "training.sheet.missingColumn", column.header()));
            }
        }
        return columns;
    }

    private static SheetRow row(CSVRecord record, int line, CSVRecord header, Map<Column, Integer> columns,
            List<SheetProblem> problems) {
        int before = problems.size();
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isEmpty()) {
                problems.add(new SheetProblem(line, null, "training.sheet.extraValue", record.get(i)));
                break;
            }
        }
        Long participant = number(record, line, header, columns, Column.PARTICIPANT, problems);
        String markText = value(record, columns, Column.MARK);
        AttendanceMark mark = null;
        if (markText.isEmpty()) {
            problems.add(new SheetProblem(line, name(header, columns, Column.MARK), "training.sheet.required"));
        } else {
            mark = MarkRules.fromWord(markText).orElse(null);
            if (mark == null) {
                problems.add(new SheetProblem(line, name(header, columns, Column.MARK), "training.sheet.unknownMark",
                        markText));
            }
        }
        Long minutes = number(record, line, header, columns, Column.MINUTES, problems);
        if (minutes != null && mark != null && !MarkRules.partial(mark)) {
            problems.add(new SheetProblem(line, name(header, columns, Column.MINUTES),
                    "training.sheet.minutesOnlyWhenPartial"));
        }
        Long session = number(record, line, header, columns, Column.SESSION, problems);
        if (session != null && session < 1) {
            problems.add(new SheetProblem(line, name(header, columns, Column.SESSION),
                    "training.sheet.notANumber", String.valueOf(session)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new SheetRow(line, session == null ? null : session.intValue(), participant,
                value(record, columns, Column.NAME), mark, minutes == null ? null : minutes.intValue());
    }

    /** A whole number ≥ 0 of the column, {@code null} when the column is absent or empty and not required. */
    private static Long number(CSVRecord record, int line, CSVRecord header, Map<Column, Integer> columns,
            Column column, List<SheetProblem> problems) {
        String text = value(record, columns, column);
        if (text.isEmpty()) {
            if (column.required) {
                problems.add(new SheetProblem(line, name(header, columns, column), "training.sheet.required"));
            }
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            problems.add(new SheetProblem(line, name(header, columns, column), "training.sheet.notANumber", text));
            return null;
        }
        return Long.valueOf(text);
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static String name(CSVRecord header, Map<Column, Integer> columns, Column column) {
        return header.get(columns.get(column));
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The file's text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] file) {
        if (startsWith(file, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(file, 3, file.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(file, 0xFF, 0xFE)) {
            return new Decoded(new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (startsWith(file, 0xFE, 0xFF)) {
            return new Decoded(new String(file, 2, file.length - 2, StandardCharsets.UTF_16BE), "UTF-16");
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString(),
                    "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(file, Charset.forName("windows-1252")), "Windows-1252");
        }
    }

    private static boolean startsWith(byte[] file, int... prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((file[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String plain(String word) {
        return Normalizer.normalize(word == null ? "" : word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    private static SheetContent failed(Integer line, String key, Object... arguments) {
        return new SheetContent(List.of(), List.of(new SheetProblem(line, null, key, arguments)), "");
    }
}
