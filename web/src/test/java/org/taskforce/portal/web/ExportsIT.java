package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taskforce.portal.adversarial.FacesPostback;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.testsupport.KeycloakConsole;

/**
 * Every CSV export of every page, downloaded by a person who may open the page, holds what the page shows: no
 * expression text ({@code #{agency.code}}) instead of a value, no column left empty that the page fills, every row of
 * the page with the same text (times in the person's zone and readable, as on the page), no action column, and no
 * cell that a spreadsheet would run as a formula.
 *
 * <p>The formulas are planted in a task force of the test's own (created by the national coordinator, with a
 * coordinator account made for it, archived and deleted again afterwards): its department and city, and an agency named
 * {@code =HYPERLINK(…)} that its coordinator adds through the agencies page. Alto Paraná's demo data (people who never
 * signed in, several agencies) is exported as Carlos Rojas, who coordinates it.
 */
class ExportsIT {

    private static final String PORTAL_URL = System.getProperty("portal.url", "http://localhost:18080");
    private static final KeycloakConsole CONSOLE =
            new KeycloakConsole(System.getProperty("keycloak.url", "http://localhost:18180"));
    private static final String DEMO_PASSWORD = System.getProperty("demo.password", "demo-Identify-2026");
    private static final String PASSWORD = "exports-Identify-2026";

    /** The portal's Spanish texts (the sessions' language): the column headers. */
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.taskforce.portal.i18n.messages", Locale.forLanguageTag("es"));

    private static final String OVERVIEW = "/overview/task-forces.xhtml";
    private static final String AGENCIES = "/taskforce/agencies.xhtml";
    private static final String PEOPLE = "/taskforce/people.xhtml";
    private static final String AUDIT = "/taskforce/audit.xhtml";

    /** What a spreadsheet would run: the planted agency's name, the planted task force's department and city. */
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String SUM = "+SUM(1,2)";
    private static final String AT_SUM = "@SUM(1,2)";
    private static final String AGENCY_CODE = "formula";

    /** How a cell that a spreadsheet would run as a formula starts (OWASP, CSV injection). */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

    /** A time as ISO 8601 writes it, as {@code OffsetDateTime.toString()} does: no person reads that. */
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private static final String SPONSORS = "/overview/sponsors.xhtml";
    private static final String NATIONAL_COURSES = "/overview/courses.xhtml";
    private static final String TRAININGS = "/training/trainings.xhtml";
    private static final String TRAINING = "/training/training.xhtml";
    private static final String PARTICIPANTS = "/training/participants.xhtml";
    private static final String LIAISON = "/liaison/home.xhtml";
    private static final String MEETINGS = "/minutes/meetings.xhtml";
    private static final String ACTIONS = "/minutes/actions.xhtml";

    private enum Person { NATIONAL_COORDINATOR, PLANTED_COORDINATOR, CARLOS_ROJAS, EMILY_CARTER }

    /** The first training Carlos's task force lists (the demo's): the page of one training needs its id. */
    private static String demoTrainingId;

    /**
     * One export: the page, its form, the table ({@code target} of its {@code p:dataExporter}) and who downloads it.
     */
    private record Export(String page, String form, String table, Person person) {

        String tableId() {
            return form + ":" + table;
        }

        /** The page's address, with the id of the record it shows where it shows one. */
        String url() {
            return TRAINING.equals(page) ? page + "?id=" + demoTrainingId : page;
        }

        @Override
        public String toString() {
            return page + " as " + person;
        }
    }

    private static final Export NATIONAL_LIST = new Export(OVERVIEW, "list", "taskForces", Person.NATIONAL_COORDINATOR);
    private static final Export PLANTED_AGENCIES = new Export(AGENCIES, "agencies", "list", Person.PLANTED_COORDINATOR);
    private static final Export PLANTED_PEOPLE = new Export(PEOPLE, "people", "list", Person.PLANTED_COORDINATOR);
    private static final Export PLANTED_AUDIT = new Export(AUDIT, "audit", "events", Person.PLANTED_COORDINATOR);

    /** Every export of every page: {@link #everyExportOfEveryPageIsListedHere} fails for one that is missing. */
    private static final List<Export> EXPORTS = List.of(NATIONAL_LIST, PLANTED_AGENCIES, PLANTED_PEOPLE, PLANTED_AUDIT,
            new Export(AGENCIES, "agencies", "list", Person.CARLOS_ROJAS),
            new Export(PEOPLE, "people", "list", Person.CARLOS_ROJAS),
            new Export(AUDIT, "audit", "events", Person.CARLOS_ROJAS),
            new Export(SPONSORS, "sponsors", "list", Person.NATIONAL_COORDINATOR),
            new Export(SPONSORS, "topics", "list", Person.NATIONAL_COORDINATOR),
            new Export(OVERVIEW, "trainingFigures", "list", Person.NATIONAL_COORDINATOR),
            new Export(NATIONAL_COURSES, "courses", "list", Person.NATIONAL_COORDINATOR),
            new Export(OVERVIEW, "minutesFigures", "list", Person.NATIONAL_COORDINATOR),
            new Export(OVERVIEW, "openActions", "list", Person.NATIONAL_COORDINATOR),
            new Export(OVERVIEW, "minutesAttendance", "list", Person.NATIONAL_COORDINATOR),
            new Export(TRAININGS, "trainings", "list", Person.CARLOS_ROJAS),
            new Export(TRAINING, "nominations", "list", Person.CARLOS_ROJAS),
            new Export(PARTICIPANTS, "participants", "list", Person.CARLOS_ROJAS),
            new Export(LIAISON, "waiting", "list", Person.EMILY_CARTER),
            new Export(LIAISON, "trainings", "list", Person.EMILY_CARTER),
            new Export(MEETINGS, "meetings", "list", Person.CARLOS_ROJAS),
            new Export(ACTIONS, "actions", "list", Person.CARLOS_ROJAS));

    private static final Map<Person, BrowserlessSession> SESSIONS = new EnumMap<>(Person.class);

    private static String taskForceName;
    private static String coordinatorId;
    private static String coordinatorEmail;

    /** From just before the planted task force was created to just after its agency was added. */
    private static Instant plantedFrom;
    private static Instant plantedUntil;

    @BeforeAll
    static void plantFormulasInATaskForceOfTheirOwn() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String slug = "exports-" + run;
        taskForceName = "Mesa de exportaciones " + run;
        plantedFrom = Instant.now();

        BrowserlessSession national = signIn("sofia.caballero", DEMO_PASSWORD);
        SESSIONS.put(Person.NATIONAL_COORDINATOR, national);
        expectSaved("the task force", FacesPostback.sendFrom(national.get(OVERVIEW), national, OVERVIEW,
                "newTaskForce", "newTaskForce:create", Map.of("newTaskForce:name", taskForceName,
                        "newTaskForce:slug", slug, "newTaskForce:department", SUM, "newTaskForce:city", AT_SUM)));

        String username = "exports-" + run;
        coordinatorEmail = username + "@test.taskforce.example";
        coordinatorId = CONSOLE.createUser(username, PASSWORD,
                List.of("/task-forces/" + slug, "/task-forces/" + slug + "/coordinators"), List.of("member"),
                Map.of("agency", AGENCY_CODE));
        BrowserlessSession coordinator = signIn(username, PASSWORD);
        SESSIONS.put(Person.PLANTED_COORDINATOR, coordinator);
        expectSaved("the agency", FacesPostback.sendFrom(coordinator.get(AGENCIES), coordinator, AGENCIES, "agency",
                "agency:save", Map.of("agency:name", HYPERLINK, "agency:code", AGENCY_CODE,
                        "agency:type_input", "NGO")));
        plantedUntil = Instant.now();

        SESSIONS.put(Person.CARLOS_ROJAS, signIn("carlos.rojas", DEMO_PASSWORD));
        SESSIONS.put(Person.EMILY_CARTER, signIn("emily.carter", DEMO_PASSWORD));
        Matcher link = Pattern.compile("training\\.xhtml\\?id=(\\d+)")
                .matcher(SESSIONS.get(Person.CARLOS_ROJAS).get(TRAININGS).body());
        assertTrue(link.find(), "the demo data gives Carlos's task force a training");
        demoTrainingId = link.group(1);
    }

    @AfterAll
    static void archiveThePlantedTaskForce() throws Exception {
        if (coordinatorId != null) {
            CONSOLE.deleteUser(coordinatorId);
        }
        if (!SESSIONS.containsKey(Person.NATIONAL_COORDINATOR)) {
            return; // nothing was planted
        }
        // As the national coordinator does it: search the list for the task force, archive the one row found.
        BrowserlessSession national = signIn("sofia.caballero", DEMO_PASSWORD);
        SESSIONS.put(Person.NATIONAL_COORDINATOR, national);
        HttpResponse<String> opened = national.get(OVERVIEW);
        Map<String, String> search = Map.of("list:taskForces:globalFilter", taskForceName);
        FacesPostback.followUp(opened, national, OVERVIEW, "list", "list:taskForces", "filter", Map.of(
                "list:taskForces_filtering", "true", "list:taskForces_encodeFeature", "true",
                "list:taskForces:globalFilter", taskForceName));
        FacesPostback.followUp(opened, national, OVERVIEW, "list", "list:taskForces:0:archive", null, search);
        assertFalse(download(NATIONAL_LIST).body().contains(taskForceName),
                "the planted task force is still listed: archiving it failed");
    }

    static List<Export> exports() {
        return EXPORTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void anExportHoldsTheValuesItsPageShows(Export export) throws Exception {
        Grid page = Grid.ofPage(SESSIONS.get(export.person()).get(export.url()).body(), export.tableId());
        HttpResponse<String> download = download(export);
        assertEquals(200, download.statusCode(), download::body);
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                () -> "not a CSV file: " + download.headers() + "\n" + download.body());
        Grid csv = Grid.ofCsv(download.body());

        assertFalse(page.rows().isEmpty(), "the page shows no rows to compare with");
        List<String> exported = page.headers().stream().filter(header -> !page.isActionColumn(header)).toList();
        assertAll(
                () -> assertEquals(exported, csv.headers(), "the columns of the page, without its buttons"),
                () -> assertTrue(csv.cells().noneMatch(cell -> cell.contains("#{")),
                        () -> "an expression instead of its value:\n" + download.body()),
                () -> assertTrue(csv.cells().noneMatch(cell -> FORMULA.matcher(cell).find()),
                        () -> "a cell a spreadsheet would run as a formula:\n" + download.body()),
                () -> assertEquals(List.of(), csv.headers().stream()
                                .filter(header -> page.filled(header) && !csv.filled(header)).toList(),
                        () -> "columns empty in every row that the page fills:\n" + download.body()),
                () -> assertEquals(List.of(), page.rows().stream()
                                .filter(row -> csv.rows().stream().noneMatch(line -> sameRow(page, row, csv, line)))
                                .toList(),
                        () -> "rows of the page the export does not hold as the page shows them:\n"
                                + download.body()));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreExportedAsText() throws Exception {
        Grid overview = Grid.ofCsv(download(NATIONAL_LIST).body());
        Grid agencies = Grid.ofCsv(download(PLANTED_AGENCIES).body());
        Grid people = Grid.ofCsv(download(PLANTED_PEOPLE).body());

        assertAll(
                () -> assertTrue(overview.hasRowWith(taskForceName, "'" + SUM, "'" + AT_SUM), overview::toString),
                () -> assertTrue(agencies.hasRowWith("'" + HYPERLINK, AGENCY_CODE), agencies::toString),
                () -> assertTrue(people.hasRowWith(coordinatorEmail, "'" + HYPERLINK), people::toString));
    }

    /**
     * The actions' Excel export ({@link XlsxExporter}) holds what their CSV export holds: the same headers, then the
     * same rows with the same texts, as a workbook a spreadsheet opens (Carlos's own actions, the page's first list).
     */
    @Test
    void theActionsWorkbookHoldsTheRowsOfTheirCsv() throws Exception {
        BrowserlessSession carlos = SESSIONS.get(Person.CARLOS_ROJAS);
        Grid csv = Grid.ofCsv(FacesPostback.submit(carlos, ACTIONS, "actions", "actions:list:exportCsv", Map.of())
                .body());
        HttpResponse<byte[]> file = FacesPostback.download(carlos, ACTIONS, "actions", "actions:list:exportXlsx",
                Map.of()).file();
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), () -> file.headers().toString());
        List<List<String>> lines;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
            lines = workbook.getFirstSheet().read().stream()
                    .map(row -> IntStream.range(0, csv.headers().size())
                            .mapToObj(i -> row.getCellAsString(i).orElse("")).toList())
                    .toList();
        }
        assertFalse(csv.rows().isEmpty(), "Carlos's task force has actions to export");
        assertEquals(csv.headers(), lines.get(0));
        assertEquals(csv.rows(), lines.subList(1, lines.size()));
    }

    /**
     * The people's last sign-in and the audit trail's times read as on the page (which the test above compares), in
     * the person's zone (Asunción), and not as ISO 8601.
     */
    @Test
    void timesReadInThePersonsZone() throws Exception {
        Set<String> plantingMinutes = minutesInThePersonsZone(plantedFrom, plantedUntil);
        Grid people = Grid.ofCsv(download(PLANTED_PEOPLE).body());
        Grid audit = Grid.ofCsv(download(PLANTED_AUDIT).body());

        List<String> lastSignIns = people.rows().stream().filter(row -> row.contains(coordinatorEmail))
                .map(row -> row.get(people.headers().indexOf(BUNDLE.getString("provisioning.field.lastSignIn"))))
                .toList();
        List<String> whens = audit.column(BUNDLE.getString("audit.when"));
        assertAll(
                () -> assertEquals(1, lastSignIns.size(), people::toString),
                () -> assertTrue(showsOneOf(lastSignIns.get(0), plantingMinutes),
                        () -> lastSignIns + " is none of " + plantingMinutes),
                () -> assertTrue(whens.stream().anyMatch(when -> showsOneOf(when, plantingMinutes)),
                        () -> whens + " show none of " + plantingMinutes),
                () -> assertTrue(Stream.concat(lastSignIns.stream(), whens.stream())
                        .noneMatch(time -> ISO_TIME.matcher(time).find()), () -> lastSignIns + " " + whens));
    }

    @Test
    void everyExportOfEveryPageIsListedHere() throws IOException {
        Path webapp = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");
        Pattern exporter = Pattern.compile("<p:dataExporter[^>]*\\btarget=\"([^\"]+)\"");
        Set<String> onPages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher found = exporter.matcher(Files.readString(file));
                while (found.find()) {
                    onPages.add("/" + webapp.relativize(file).toString().replace('\\', '/') + " " + found.group(1));
                }
            }
        }

        assertEquals(onPages, EXPORTS.stream().map(export -> export.page() + " " + export.table())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static HttpResponse<String> download(Export export) throws Exception {
        return FacesPostback.submit(SESSIONS.get(export.person()), export.url(), export.form(),
                export.tableId() + ":exportCsv", Map.of());
    }

    private static BrowserlessSession signIn(String username, String password) throws Exception {
        BrowserlessSession session = new BrowserlessSession(PORTAL_URL);
        assertEquals(200, session.signIn(username, password).statusCode(), username + " could not sign in");
        return session;
    }

    private static void expectSaved(String what, HttpResponse<String> answer) {
        assertTrue(answer.statusCode() == 200 && answer.body().contains("message-info")
                && !answer.body().contains("message-error"), () -> what + " was not saved: " + answer.body());
    }

    /** The page's row, in the export's columns, is this line of the export (a formula cell with its quote). */
    private static boolean sameRow(Grid page, List<String> row, Grid csv, List<String> line) {
        return line.size() == csv.headers().size() && IntStream.range(0, line.size()).allMatch(i -> {
            int column = page.headers().indexOf(csv.headers().get(i));
            String shown = column < 0 ? null : row.get(column);
            String exported = Grid.collapsed(line.get(i));
            return exported.equals(shown) || shown != null && FORMULA.matcher(shown).find()
                    && exported.equals("'" + shown);
        });
    }

    /** The minutes of a time span as the person's zone shows them, e.g. {@code 8:26}. */
    private static Set<String> minutesInThePersonsZone(Instant from, Instant until) {
        Set<String> minutes = new TreeSet<>();
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("H:mm").withZone(UserLanguage.DEFAULT_ZONE);
        for (Instant minute = from.truncatedTo(ChronoUnit.MINUTES); !minute.isAfter(until);
                minute = minute.plus(1, ChronoUnit.MINUTES)) {
            minutes.add(clock.format(minute));
        }
        return minutes;
    }

    private static boolean showsOneOf(String time, Set<String> minutes) {
        return minutes.stream().anyMatch(minute -> Pattern.compile("(^|\\D)" + minute + "(\\D|$)").matcher(time)
                .find());
    }

    /**
     * A table as text: its column headers and its rows, each cell with its spaces collapsed; from a page's
     * {@code p:dataTable} or from a CSV export.
     */
    private record Grid(List<String> headers, List<List<String>> rows, Set<String> actionColumns) {

        private static final Pattern HEADER_CELL = Pattern.compile("<th\\b[^>]*>(.*?)</th>", Pattern.DOTALL);
        private static final Pattern COLUMN_TITLE =
                Pattern.compile("<span class=\"ui-column-title\">(.*?)</span>", Pattern.DOTALL);
        private static final Pattern ROW = Pattern.compile("<tr\\b([^>]*)>(.*?)</tr>", Pattern.DOTALL);
        private static final Pattern CELL = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.DOTALL);
        private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
        private static final Map<String, String> NAMED_ENTITIES =
                Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

        /** The table of this client id on the page as the person sees it (the rows of its first page). */
        static Grid ofPage(String html, String tableId) {
            String head = section(html, "<thead id=\"" + tableId + "_head\"", "</thead>");
            String body = section(html, "<tbody id=\"" + tableId + "_data\"", "</tbody>");
            List<String> headers = new ArrayList<>();
            Matcher header = HEADER_CELL.matcher(head);
            while (header.find()) {
                Matcher title = COLUMN_TITLE.matcher(header.group(1));
                headers.add(text(title.find() ? title.group(1) : header.group(1)));
            }
            List<List<String>> rows = new ArrayList<>();
            Set<String> actionColumns = new TreeSet<>();
            Matcher row = ROW.matcher(body);
            while (row.find()) {
                if (row.group(1).contains("ui-datatable-empty-message")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(2));
                while (cell.find()) {
                    if (cell.group(1).contains("<button")) {
                        actionColumns.add(headers.get(cells.size()));
                    }
                    cells.add(text(cell.group(1)));
                }
                rows.add(cells);
            }
            return new Grid(headers, rows, actionColumns);
        }

        /**
         * A CSV export as PrimeFaces writes it (a byte order mark, every field quoted, quotes doubled), each cell as
         * written: a leading tab is a formula's start too.
         */
        static Grid ofCsv(String csv) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            String text = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    line.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line.add(field.toString());
                    field.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (!line.isEmpty() || field.length() > 0) {
                line.add(field.toString());
                lines.add(line);
            }
            if (lines.isEmpty()) {
                fail("an empty export");
            }
            return new Grid(lines.get(0), lines.subList(1, lines.size()), Set.of());
        }

        /** Some row holds all these cells. */
        boolean hasRowWith(String... cells) {
            return rows.stream().anyMatch(row -> row.containsAll(List.of(cells)));
        }

        boolean isActionColumn(String header) {
            return actionColumns.contains(header);
        }

        /** Every cell, headers included. */
        Stream<String> cells() {
            return Stream.concat(headers.stream(), rows.stream().flatMap(List::stream));
        }

        List<String> column(String header) {
            int index = headers.indexOf(header);
            return rows.stream().map(row -> row.get(index)).toList();
        }

        /** Some row has text in this column. */
        boolean filled(String header) {
            return column(header).stream().anyMatch(cell -> !cell.isBlank());
        }

        private static String section(String html, String start, String end) {
            int from = html.indexOf(start);
            if (from < 0) {
                fail("no " + start + " on the page:\n" + html);
            }
            return html.substring(from, html.indexOf(end, from));
        }

        /** The text a person reads in a piece of a page: tags dropped, entities decoded, spaces collapsed. */
        private static String text(String html) {
            Matcher entity = ENTITY.matcher(html.replaceAll("<[^>]*>", " "));
            StringBuilder decoded = new StringBuilder();
            while (entity.find()) {
                String name = entity.group(1);
                String character = name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
                        : NAMED_ENTITIES.get(name);
                if (character == null) {
                    fail("an entity this test does not know: &" + name + ";");
                }
                entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
            }
            entity.appendTail(decoded);
            return collapsed(decoded.toString());
        }

        static String collapsed(String text) {
            return text.replaceAll("[\\s\u00a0]+", " ").strip();
        }
    }
}
