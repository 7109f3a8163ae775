package org.taskforce.portal.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The portal under load, as people use it (issue 15). Virtual users sign in through Keycloak's real login form (the
 * portal sends them there, they post the form, Keycloak sends them back with a code, the portal exchanges it and
 * lands them on their page), then work through their screens in a loop, with a pause between screens, until the
 * run's time is up:
 * <ul>
 * <li>coordinators: home, calendar (month and week: the schedule's ajax fetch of events), a new event saved, people,
 * audit trail and a search in it, trainings; in a share of rounds, the attendance of their task force's large
 * training (200 people, 5 sessions: {@code DatabaseLoad}), a save of its marks, and its CSV sign-in sheet of 1,000
 * rows downloaded, filled, uploaded (previewed) and imported; the meetings, their task force's large draft minutes (20 items), the notes of
 * one item saved, its PDF, and a minutes search;</li>
 * <li>members: home, calendar month and week, a new event saved, trainings, the meetings, the large draft and its
 * PDF, a minutes search;</li>
 * <li>liaisons: their sponsors' trainings; national coordinators: the national overview.</li>
 * </ul>
 * In the same run the floor: a static page and a trivial Faces page served by the same Payara Micro, and Keycloak's
 * own login form round trip (the login page, the posted form, Keycloak's redirect with a code), without the portal,
 * beside the portal's whole sign-in done again and again at the same pace ({@code sign-in (steady)}).
 *
 * <p>Every response is checked: its status, a marker of the right page (or of an ajax answer that did what was asked),
 * and that it is neither the portal's error page nor a Faces error. With {@code load.assert=true} (the smoke run of
 * the build) one failed check fails the run.
 *
 * <p>System properties: {@code portal.url}, {@code keycloak.url}, {@code load.accounts} (the CSV the generator wrote),
 * {@code load.users} (concurrent users), {@code load.duration} and {@code load.ramp} (seconds), {@code load.pause-min}
 * and {@code load.pause-max} (think time between screens, milliseconds), {@code load.floor-users},
 * {@code load.assert}, {@code load.large-share} (the percentage of coordinators' rounds with the large training's
 * attendance and sheet import; 25 by default, 100 in the smoke run so that every screen runs); {@code load.statements}
 * (a file: the statements pass instead of a load run) and {@code load.serial} (a number of rounds: the serial pass,
 * {@link #serialPass()}).
 */
public class PortalSimulation extends Simulation {

    private static final String PORTAL = System.getProperty("portal.url", "http://localhost:8080");
    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final int USERS = Integer.getInteger("load.users", 3);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.duration", 20));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 5));
    private static final Duration PAUSE_MIN = Duration.ofMillis(Integer.getInteger("load.pause-min", 1000));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Integer.getInteger("load.pause-max", 3000));
    private static final int FLOOR_USERS = Integer.getInteger("load.floor-users", 1);
    private static final boolean ASSERT = Boolean.parseBoolean(System.getProperty("load.assert", "true"));
    private static final double LARGE_SHARE = Double.parseDouble(System.getProperty("load.large-share", "25"));
    private static final ZoneId ZONE = ZoneId.of("America/Asuncion");
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Every request of the scenarios, by name: the smoke run asserts that each one ran. */
    private static final List<String> SCREENS = List.of("home", "calendar", "calendar month (ajax fetch)",
            "calendar week (ajax fetch)", "event: new (ajax)", "event save (ajax)", "people", "audit trail",
            "audit trail search (ajax)", "trainings", "attendance", "attendance save (ajax)", "attendance: CSV sheet",
            "attendance: sheet upload and preview (ajax)", "attendance: sheet import (ajax)", "meetings", "meeting",
            "meeting: notes open (ajax)", "meeting: notes save (ajax)", "meeting: PDF", "minutes search",
            "minutes search (ajax)", "liaison list", "national overview", "floor: static page",
            "floor: trivial Faces page");
    private static final String[] SEARCHES = {"Benítez", "Rojas", "González", "Reunión", "Ayala", "Núñez"};
    /**
     * Words of the generated minutes, typed as people type them: without accents, in either case. Each is in every task
     * force's large draft at any scale (DatabaseLoad.everySentence), and in the notes the coordinators save over its
     * items (the first three hold the sentences: a save over one of them took its words away, and a search of the
     * smoke run then found nothing), so a search always has hits to check.
     */
    private static final String[] MINUTES_WORDS = {"trata", "ninos", "albergue", "victimas", "Fiscalia",
        "explotacion laboral", "frontera", "inspecciones"};

    /** As PrimeFaces posts: without the charset the server reads the form as ISO-8859-1. */
    private static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

    private final Map<String, List<Map<String, Object>>> accounts = accounts();

    /** The serial pass (run.sh): how many times one user goes through every screen; 0 for a load run. */
    private static final int SERIAL = Integer.getInteger("load.serial", 0);

    /** The statements pass (run.sh): where to write the counts, or null for a load run. */
    private static final String STATEMENTS = System.getProperty("load.statements", "").isBlank() ? null
            : System.getProperty("load.statements");
    private static final StatementCounter COUNTER = STATEMENTS == null ? null
            : new StatementCounter(System.getProperty("load.db-url",
                    "jdbc:postgresql://127.0.0.1:5432/portal_load"));

    private final HttpProtocolBuilder protocol = http
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("es")
            .userAgentHeader("Gatling (task force portal load benchmark)")
            .disableCaching();

    /**
     * The header that names each request's screen in the portal's access log (stack.sh's {@code PORTAL_ACCESS_LOG}):
     * run.sh keeps the log's lines of each run and report.py gives each screen's time on the server itself, next to
     * the time Gatling saw (which also holds the time this simulation, on the same two cores, took to get to it).
     */
    private static final String SCREEN_HEADER = "X-Load-Screen";

    /** A GET named {@code name} in the reports and in the access log. */
    private static HttpRequestActionBuilder get(String name, String url) {
        return http(name).get(url).header(SCREEN_HEADER, name);
    }

    /** A POST named {@code name} in the reports and in the access log. */
    private static HttpRequestActionBuilder post(String name, String url) {
        return http(name).post(url).header(SCREEN_HEADER, name);
    }

    // --- checks shared by every page ---

    /** A full page of the portal: 200, not the error page, and its ViewState and nonce kept for postbacks. */
    private static HttpRequestActionBuilder page(String name, String path, String marker) {
        return get(name, PORTAL + path).check(
                status().is(200),
                substring(marker).exists(),
                substring("id=\"errorTitle\"").notExists(),
                regex(VIEW_STATE).optional().saveAs("viewState"),
                regex(NONCE).optional().saveAs("nonce"));
    }

    /** A PrimeFaces ajax postback from the page opened last, with the fields a browser would send. */
    private static HttpRequestActionBuilder ajax(String name, String path, String form, String source,
            String execute, String render, Map<String, String> fields, CheckBuilder... checks) {
        HttpRequestActionBuilder post = post(name, PORTAL + path)
                .header("Content-Type", FORM_UTF8)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            post = post.formParam(field.getKey(), field.getValue());
        }
        List<CheckBuilder> all = new ArrayList<>(List.of(
                status().is(200),
                substring("<partial-response").exists(),
                substring("<error>").notExists(),
                substring("<redirect").notExists(),
                substring("message-error").notExists()));
        all.addAll(List.of(checks));
        return post.check(all);
    }

    private static ChainBuilder think() {
        return exec(pause(PAUSE_MIN, PAUSE_MAX));
    }

    // --- sign-in ---

    /** The whole sign-in as a person does it, from the portal's start page to the page it lands them on. */
    private static ChainBuilder signIn(String landingMarker) {
        return signIn("sign-in", landingMarker);
    }

    /** {@link #signIn(String)}, timed as the group {@code name}. */
    private static ChainBuilder signIn(String name, String landingMarker) {
        return group(name).on(
                exec(get("sign-in: start page to Keycloak's form", PORTAL + "/")
                        .check(status().is(200),
                                regex("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                                        .transform(action -> action.replace("&amp;", "&")).saveAs("loginAction")))
                .exec(post("sign-in: post the form, back to the portal", "#{loginAction}")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(status().is(200),
                                currentLocation().transform(location -> location.startsWith(PORTAL)).is(true),
                                substring(landingMarker).exists(),
                                substring("id=\"errorTitle\"").notExists())))
                .exitHereIfFailed();
    }

    // --- screens ---

    private static ChainBuilder home() {
        return exec(page("home", "/taskforce/home.xhtml", "id=\"taskForceName\"")).exec(think());
    }

    private static ChainBuilder calendar() {
        return exec(page("calendar", "/calendar/calendar.xhtml", "id=\"calendar:schedule\""))
                .exec(session -> withRanges(session))
                .exec(fetch("calendar month (ajax fetch)", "#{monthStart}", "#{monthEnd}"))
                .exec(think())
                .exec(fetch("calendar week (ajax fetch)", "#{weekStart}", "#{weekEnd}"))
                .exec(think());
    }

    /** The schedule's ajax request for the events of a range, as FullCalendar sends it through PrimeFaces. */
    private static HttpRequestActionBuilder fetch(String name, String start, String end) {
        return ajax(name, "/calendar/calendar.xhtml", "calendar", "calendar:schedule", "calendar:schedule",
                "calendar:schedule", Map.of(
                        "calendar:schedule_event", "true",
                        "calendar:schedule_start", start,
                        "calendar:schedule_end", end,
                        "primefaces.ignoreautoupdate", "true"),
                substring("\"events\"").exists());
    }

    /** This month's grid (six weeks from the Monday on or before the 1st) and this week, as FullCalendar asks. */
    private static Session withRanges(Session session) {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate monthStart = today.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return session.set("monthStart", utc(monthStart)).set("monthEnd", utc(monthStart.plusDays(42)))
                .set("weekStart", utc(weekStart)).set("weekEnd", utc(weekStart.plusDays(7)));
    }

    private static String utc(LocalDate day) {
        return ISO_UTC.format(day.atStartOfDay(ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** The "new event" button, then the dialog's save (the calendar page is the one opened last). */
    private static ChainBuilder eventSave() {
        return exec(ajax("event: new (ajax)", "/calendar/calendar.xhtml", "filters", "filters:newEvent",
                        "filters:newEvent", "eventForm", Map.of("filters:newEvent", "filters:newEvent"),
                        substring("eventForm:title").exists()))
                .exec(think())
                .exec(session -> {
                    LocalDateTime start = LocalDate.now(ZONE).plusDays(1 + ThreadLocalRandom.current().nextInt(60))
                            .atTime(8 + ThreadLocalRandom.current().nextInt(9), 0);
                    return session.set("eventTitle", "Reunión de carga " + ThreadLocalRandom.current().nextInt(1_000_000))
                            .set("eventStart", LOCAL_INPUT.format(start))
                            .set("eventEnd", LOCAL_INPUT.format(start.plusHours(1)));
                })
                .exec(ajax("event save (ajax)", "/calendar/calendar.xhtml", "eventForm", "eventForm:save",
                        "eventForm", "eventForm calendar agenda", eventFields(),
                        substring("#{eventTitle}").exists()))
                .exec(think());
    }

    private static Map<String, String> eventFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eventForm:save", "eventForm:save");
        fields.put("eventForm:title", "#{eventTitle}");
        fields.put("eventForm:category_input", "MEETING");
        fields.put("eventForm:visibility", "TASK_FORCE");
        fields.put("eventForm:start", "#{eventStart}");
        fields.put("eventForm:end", "#{eventEnd}");
        fields.put("eventForm:location", "Sala de reuniones");
        fields.put("eventForm:description", "Creado por la prueba de carga.");
        fields.put("eventForm:reminders", "30");
        return fields;
    }

    private static ChainBuilder people() {
        return exec(page("people", "/taskforce/people.xhtml", "id=\"people:list\"")).exec(think());
    }

    private static ChainBuilder auditTrail() {
        return exec(page("audit trail", "/taskforce/audit.xhtml", "id=\"audit:events\""))
                .exec(think())
                .exec(session -> session.set("search", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
                .exec(ajax("audit trail search (ajax)", "/taskforce/audit.xhtml", "audit", "audit:events",
                        "audit:events", "audit:events", Map.of(
                                "jakarta.faces.behavior.event", "filter",
                                "jakarta.faces.partial.event", "filter",
                                "audit:events_filtering", "true",
                                "audit:events_encodeFeature", "true",
                                "audit:events:globalFilter", "#{search}"),
                        substring("audit:events").exists()))
                .exec(think());
    }

    private static ChainBuilder trainings() {
        return exec(page("trainings", "/training/trainings.xhtml", "id=\"trainings:list\"")).exec(think());
    }

    /** A held training's attendance, then its marks saved with one cell changed, as the coordinator does. */
    private static ChainBuilder attendance() {
        return exec(page("attendance", "/training/attendance.xhtml?id=#{training}", "id=\"attendanceTitle\"")
                        .check(form("#marks").saveAs("marks"),
                                regex("<select[^>]*name=\"(marks:[^\"]+)\"").findRandom().saveAs("markCell")))
                .exec(think())
                .exec(session -> {
                    // A field without a value as a browser sends it: empty. (A null value made Gatling 3.15 crash while
                    // logging a failed request, and the virtual user then waited forever.)
                    Map<String, Object> marks = new HashMap<>();
                    session.<Object>getMap("marks").forEach((name, value) -> marks.put(name,
                            value == null ? "" : value));
                    marks.put(session.getString("markCell"),
                            ThreadLocalRandom.current().nextBoolean() ? "PRESENT" : "ABSENT");
                    marks.put("marks:save", "marks:save");
                    marks.put("primefaces.nonce", session.getString("nonce"));
                    marks.put("jakarta.faces.partial.ajax", "true");
                    marks.put("jakarta.faces.source", "marks:save");
                    marks.put("jakarta.faces.partial.execute", "marks");
                    marks.put("jakarta.faces.partial.render", "marks");
                    return session.set("marksPost", marks);
                })
                .exec(post("attendance save (ajax)", PORTAL + "/training/attendance.xhtml?id=#{training}")
                        .header("Content-Type", FORM_UTF8)
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParamMap(session -> session.getMap("marksPost"))
                        .check(status().is(200),
                                substring("<partial-response").exists(),
                                substring("<error>").notExists(),
                                substring("<redirect").notExists(),
                                substring("message-error").notExists(),
                                regex("Asistencia guardada \\(\\d+ cambio").exists()))
                .exec(think());
    }

    /**
     * The CSV sign-in sheet of the whole training (one row per person and session: 1,000 for the large training of
     * 200 people and 5 sessions), filled with a mark on every row, uploaded (the page previews it) and imported.
     */
    private static ChainBuilder sheetImport() {
        return exec(post("attendance: CSV sheet", PORTAL + "/training/attendance.xhtml?id=#{training}")
                        .header("Content-Type", FORM_UTF8)
                        .formParam("sheets", "sheets")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("sheets:csv", "sheets:csv")
                        .check(status().is(200), substring("participante").exists(),
                                bodyString().saveAs("sheet")))
                .exec(think())
                .exec(session -> session.set("filledSheet", filled(session.getString("sheet"))))
                .exec(post("attendance: sheet upload and preview (ajax)",
                        PORTAL + "/training/attendance.xhtml?id=#{training}")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .bodyPart(StringBodyPart("import", "import"))
                        .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                        .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.ajax", "true"))
                        .bodyPart(StringBodyPart("jakarta.faces.source", "import:file"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.execute", "import:file"))
                        .bodyPart(StringBodyPart("jakarta.faces.partial.render", "import"))
                        .bodyPart(StringBodyPart("import:file_totalFilesCount", "1")) // as PrimeFaces' uploader
                        .bodyPart(ByteArrayBodyPart("import:file", session -> session.<byte[]>get("filledSheet"))
                                .fileName("planilla.csv").contentType("text/csv"))
                        .asMultipartForm()
                        .check(status().is(200),
                                substring("<partial-response").exists(),
                                substring("<error>").notExists(),
                                substring("message-error").notExists(),
                                substring("listas para importar").exists()))
                .exec(think())
                .exec(ajax("attendance: sheet import (ajax)", "/training/attendance.xhtml?id=#{training}", "import",
                        "import:importSheet", "import", "import marks", Map.of("import:importSheet",
                                "import:importSheet"),
                        regex("Planilla planilla\\.csv importada \\(\\d+ cambio").exists()))
                .exec(think());
    }

    /** The portal's CSV sheet with a mark on every row: most present, some absent (its last two fields are empty). */
    private static byte[] filled(String sheet) {
        StringBuilder out = new StringBuilder();
        String[] lines = sheet.split("\r\n");
        out.append(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            String mark = ThreadLocalRandom.current().nextInt(10) == 0 ? "ausente" : "presente";
            out.append(line, 0, line.length() - 2).append(';').append(mark).append(";\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The task force's meetings, then its large draft of 20 items ({@code DatabaseLoad}): opened, the notes of one
     * item opened in the notes dialog and saved (a coordinator writes the item of their slot, so that two coordinators
     * do not overwrite each other),
     * and its PDF.
     */
    private static ChainBuilder minutes(boolean writes) {
        ChainBuilder opened = exec(page("meetings", "/minutes/meetings.xhtml", "id=\"meetings:list\""))
                .exec(think())
                .exec(page("meeting", "/minutes/meeting.xhtml?id=#{meeting}", "id=\"meetingTitle\"")
                        .check(regex("<form id=\"([^\"]+:itemActions)\"").findAll().optional().saveAs("itemForms")))
                .exec(think());
        if (writes) {
            opened = opened
                    .exec(session -> {
                        List<String> forms = session.getList("itemForms");
                        String form = forms.get(Integer.parseInt(session.getString("slot")) % forms.size());
                        // Every word the minutes search looks for (MINUTES_WORDS), so that the search still finds
                        // them all in the large draft once the items that held them have been written over.
                        // The save redraws that item only (its panel), as the page's notes dialog asks.
                        return session.set("itemForm", form)
                                .set("itemPanel", form.replace(":itemActions", ":agendaItem"))
                                .set("notesHtml", "<p>Notas de carga "
                                + ThreadLocalRandom.current().nextInt(1_000_000) + ": seguimiento de la trata con fines"
                                + " de explotación laboral, de los niños en situación de calle y de las víctimas en el"
                                + " albergue; la Fiscalía y las inspecciones en la frontera.</p>");
                    })
                    .exec(ajax("meeting: notes open (ajax)", "/minutes/meeting.xhtml?id=#{meeting}", "#{itemForm}",
                            "#{itemForm}:editNotes", "#{itemForm}:editNotes", "notesForm",
                            Map.of("#{itemForm}:editNotes", "#{itemForm}:editNotes"),
                            substring("notesForm:notes_input").exists()))
                    .exec(think())
                    .exec(ajax("meeting: notes save (ajax)", "/minutes/meeting.xhtml?id=#{meeting}", "notesForm",
                            "notesForm:saveNotes", "notesForm", "notesForm messages #{itemPanel}", Map.of(
                                    "notesForm:saveNotes", "notesForm:saveNotes",
                                    "notesForm:notes_input", "#{notesHtml}"),
                            substring("Se guardaron las notas").exists()))
                    .exec(think());
        }
        return opened
                .exec(post("meeting: PDF", PORTAL + "/minutes/meeting.xhtml?id=#{meeting}")
                        .header("Content-Type", FORM_UTF8)
                        .formParam("pdf", "pdf")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("pdf:download", "pdf:download")
                        .check(status().is(200), header("Content-Type").is("application/pdf")))
                .exec(think());
    }

    /**
     * The minutes search: a word of the minutes, accents left out as people type them, from the date the form opens on
     * (1 January of last year), as people search.
     */
    private static ChainBuilder minutesSearch() {
        return exec(page("minutes search", "/minutes/search.xhtml", "id=\"search:words\"")
                        .check(regex("<input id=\"search:from\"[^>]*? value=\"([0-9-]+)\"").saveAs("minutesFrom")))
                .exec(think())
                .exec(session -> session.set("minutesWords",
                        MINUTES_WORDS[ThreadLocalRandom.current().nextInt(MINUTES_WORDS.length)]))
                .exec(ajax("minutes search (ajax)", "/minutes/search.xhtml", "search", "search:find", "search",
                        "search results", Map.of(
                                "search:find", "search:find",
                                "search:words", "#{minutesWords}",
                                "search:from", "#{minutesFrom}",
                                "search:to", "",
                                "search:agencyCode_input", "",
                                "search:kind_input", ""),
                        substring("hit-meeting").exists()))
                .exec(think());
    }

    private static ChainBuilder liaisonList() {
        return exec(page("liaison list", "/liaison/home.xhtml", "id=\"trainings:list\"")).exec(think());
    }

    private static ChainBuilder nationalOverview() {
        return exec(page("national overview", "/overview/task-forces.xhtml", "id=\"trainingFigures:list\""))
                .exec(think());
    }

    // --- the floor ---

    private static ChainBuilder floor() {
        return exec(get("floor: static page", PORTAL + "/benchmark/floor.html")
                        .check(status().is(200), substring("id=\"floor\"").exists()))
                .exec(think())
                .exec(page("floor: trivial Faces page", "/benchmark/floor.xhtml", "id=\"floor\""))
                .exec(think());
    }

    /** Keycloak's own login form, without the portal: the login page, the posted form, the redirect with a code. */
    private static ChainBuilder keycloakForm() {
        String auth = KEYCLOAK + "/realms/taskforce/protocol/openid-connect/auth?client_id=portal&response_type=code"
                + "&scope=openid&redirect_uri=" + PORTAL + "/signed-in&state=#{state}&nonce=#{state}";
        return exec(flushCookieJar())
                .exec(session -> session.set("state", Long.toHexString(ThreadLocalRandom.current().nextLong())))
                .exec(group("keycloak form").on(
                        exec(get("keycloak: login page", auth)
                                .check(status().is(200),
                                        regex("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                                                .transform(action -> action.replace("&amp;", "&"))
                                                .saveAs("loginAction")))
                        .exec(post("keycloak: post the form", "#{loginAction}")
                                .disableFollowRedirect()
                                .formParam("username", "#{username}")
                                .formParam("password", "#{password}")
                                .formParam("credentialId", "")
                                .check(status().is(302), header("Location").transform(l -> l.contains("code="))
                                        .is(true)))))
                .exec(think());
    }

    /**
     * The portal's whole sign-in again and again at a steady pace, as {@link #keycloakForm()} does Keycloak's own
     * form: the ratio of the two is the sign-in budget. (Each virtual user's first sign-in, group {@code sign-in},
     * falls in the ramp, when every user signs in at once on a cold server.)
     */
    private static ChainBuilder signInAgain() {
        return exec(flushCookieJar())
                .exec(signIn("sign-in (steady)", "id=\"taskForceName\""))
                .exec(signOut())
                .exec(think());
    }

    /**
     * Signs out as the header's button does (a POST), through Keycloak's logout back to the portal's signed-out page.
     * After each steady sign-in: without it every sign-in of the floor left a session behind on the server for its
     * 30 minutes (about 200 a profile, 539 sessions live at the end of the 100-user profile of stop 27, for 100 people
     * working), which measured the heap that abandoned sign-ins take, not what 100 people need.
     */
    private static ChainBuilder signOut() {
        return exec(post("sign-out", PORTAL + "/sign-out")
                .check(status().is(200), currentLocation().transform(location -> location.startsWith(PORTAL)).is(true),
                        substring("id=\"signedOut\"").exists()));
    }

    // --- who does what ---

    /**
     * Virtual users of a role, each with an account of its own while there are enough (Keycloak refuses concurrent
     * sign-ins of one account): the generator makes 54 coordinators, 144 members, 15 liaisons and 12 national
     * coordinators at scale 0.1 and above.
     */
    private ScenarioBuilder scenarioOf(String name, String role, String landing, ChainBuilder work) {
        return scenario(name)
                .exec(feed(listFeeder(accounts.get(role)).circular()))
                .exec(signIn(landing))
                .exec(during(DURATION, false).on(work)); // each round to its end: every screen at least once
    }

    @Override
    public void before() {
        System.out.printf("Load: %d users (+%d floor) for %s after a %s ramp, against %s%n", USERS, FLOOR_USERS,
                DURATION, RAMP, PORTAL);
    }

    {
        if (STATEMENTS != null) {
            statementsPass();
        } else if (SERIAL > 0) {
            serialPass();
        } else {
            loadRun();
        }
    }

    @Override
    public void after() {
        if (COUNTER != null) {
            COUNTER.write(Path.of(STATEMENTS));
        }
    }

    /** What PostgreSQL does for each screen: one coordinator, then one liaison, then one national coordinator. */
    private void statementsPass() {
        ScenarioBuilder pass = scenario("statements")
                .exec(feed(listFeeder(accounts.get("COORDINATOR")).circular()))
                .exec(signIn("id=\"taskForceName\""))
                .exec(counted("home", page("home", "/taskforce/home.xhtml", "id=\"taskForceName\"")))
                .exec(counted("calendar", page("calendar", "/calendar/calendar.xhtml", "id=\"calendar:schedule\"")))
                .exec(PortalSimulation::withRanges)
                .exec(counted("calendar month (ajax fetch)",
                        fetch("calendar month (ajax fetch)", "#{monthStart}", "#{monthEnd}")))
                .exec(counted("calendar week (ajax fetch)",
                        fetch("calendar week (ajax fetch)", "#{weekStart}", "#{weekEnd}")))
                .exec(counted("people", page("people", "/taskforce/people.xhtml", "id=\"people:list\"")))
                .exec(counted("audit trail", page("audit trail", "/taskforce/audit.xhtml", "id=\"audit:events\"")))
                .exec(counted("trainings", page("trainings", "/training/trainings.xhtml",
                        "id=\"trainings:list\"")))
                .exec(counted("attendance", page("attendance", "/training/attendance.xhtml?id=#{training}",
                        "id=\"attendanceTitle\"")))
                .exec(counted("meetings", page("meetings", "/minutes/meetings.xhtml", "id=\"meetings:list\"")))
                .exec(counted("meeting", page("meeting", "/minutes/meeting.xhtml?id=#{meeting}",
                        "id=\"meetingTitle\"")))
                .exec(counted("minutes search", page("minutes search", "/minutes/search.xhtml",
                        "id=\"search:words\"")))
                .exec(counted("floor: trivial Faces page", page("floor: trivial Faces page",
                        "/benchmark/floor.xhtml", "id=\"floor\"")))
                .exec(flushCookieJar())
                .exec(feed(listFeeder(accounts.get("LIAISON")).circular()))
                .exec(signIn("id=\"trainings:list\""))
                .exec(counted("liaison list", page("liaison list", "/liaison/home.xhtml", "id=\"trainings:list\"")))
                .exec(flushCookieJar())
                .exec(feed(listFeeder(accounts.get("NATIONAL")).circular()))
                .exec(signIn("id=\"trainingFigures:list\""))
                .exec(counted("national overview", page("national overview", "/overview/task-forces.xhtml",
                        "id=\"trainingFigures:list\"")));
        setUp(pass.injectOpen(rampUsers(1).during(1))).protocols(protocol);
    }

    /**
     * Each screen's time on the server, without waiting behind other users: one virtual user does everything the load
     * run's users do, {@code load.serial} times over, one request at a time (the budgets of issues 14 and 16 are
     * times "on the server"; under the load profiles the same requests also queue for the 2 cores). The large
     * training's attendance and its sheet import run in rounds of their own, after the other screens, so that an
     * import of 1,000 marks with their audit events never runs just before the screen being timed (stop 24 tried it
     * because every screen was slower alone than among 10 users: the other screens' times did not move). Then the
     * sign-in through the portal and Keycloak's own form, one after the other, the same number of times.
     */
    private void serialPass() {
        ScenarioBuilder pass = scenario("one user, one request at a time")
                .exec(feed(listFeeder(accounts.get("COORDINATOR")).circular()))
                .exec(signIn("id=\"taskForceName\""))
                .exec(repeat(SERIAL).on(home(), calendar(), eventSave(), people(), auditTrail(), trainings(),
                        minutes(true), minutesSearch(), floor()))
                .exec(repeat(SERIAL).on(attendance(), sheetImport()))
                .exec(flushCookieJar())
                .exec(feed(listFeeder(accounts.get("LIAISON")).circular()))
                .exec(signIn("id=\"trainings:list\""))
                .exec(repeat(SERIAL).on(liaisonList()))
                .exec(flushCookieJar())
                .exec(feed(listFeeder(accounts.get("NATIONAL")).circular()))
                .exec(signIn("id=\"trainingFigures:list\""))
                .exec(repeat(SERIAL).on(nationalOverview()))
                .exec(feed(listFeeder(accounts.get("SIGN_IN_FLOOR")).circular()))
                .exec(repeat(SERIAL).on(keycloakForm(), signInAgain()));
        SetUp setUp = setUp(pass.injectOpen(rampUsers(1).during(1))).protocols(protocol);
        if (ASSERT) {
            setUp.assertions(global().failedRequests().count().is(0L));
        }
    }

    private static ChainBuilder counted(String screen, HttpRequestActionBuilder request) {
        return exec(session -> {
            COUNTER.start();
            return session;
        }).exec(request).exec(session -> {
            COUNTER.record(screen);
            return session;
        });
    }

    private void loadRun() {
        int national = Math.max(1, (int) Math.round(USERS * 0.1));
        int liaisons = Math.max(1, (int) Math.round(USERS * 0.1));
        int coordinators = Math.max(1, (int) Math.round(USERS * 0.4));
        int members = Math.max(0, USERS - national - liaisons - coordinators);

        ScenarioBuilder coordinator = scenarioOf("coordinators", "COORDINATOR", "id=\"taskForceName\"",
                exec(home(), calendar(), eventSave(), people(), auditTrail(), trainings(),
                        // The large training's attendance in some rounds only (load.large-share, %): a coordinator
                        // marks or imports a sheet of 1,000 marks after a training, not every few minutes.
                        randomSwitch().on(percent(LARGE_SHARE).then(exec(attendance(), sheetImport()))),
                        minutes(true), minutesSearch()));
        ScenarioBuilder member = scenarioOf("members", "MEMBER", "id=\"taskForceName\"",
                exec(home(), calendar(), eventSave(), trainings(), minutes(false), minutesSearch()));
        ScenarioBuilder liaison = scenarioOf("liaisons", "LIAISON", "id=\"trainings:list\"", liaisonList());
        ScenarioBuilder nationalCoordinator = scenarioOf("national coordinators", "NATIONAL",
                "id=\"trainingFigures:list\"", nationalOverview());
        ScenarioBuilder floorPages = scenarioOf("floor", "FLOOR", "id=\"taskForceName\"", floor());
        ScenarioBuilder keycloakFloor = scenario("keycloak floor")
                .exec(feed(listFeeder(accounts.get("KEYCLOAK_FLOOR")).circular()))
                .exec(during(DURATION, false).on(keycloakForm()));
        ScenarioBuilder signInFloor = scenario("sign-in floor")
                .exec(feed(listFeeder(accounts.get("SIGN_IN_FLOOR")).circular()))
                .exec(during(DURATION, false).on(signInAgain()));

        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(coordinator.injectOpen(rampUsers(coordinators).during(RAMP)));
        if (members > 0) {
            populations.add(member.injectOpen(rampUsers(members).during(RAMP)));
        }
        populations.add(liaison.injectOpen(rampUsers(liaisons).during(RAMP)));
        populations.add(nationalCoordinator.injectOpen(rampUsers(national).during(RAMP)));
        populations.add(floorPages.injectOpen(rampUsers(FLOOR_USERS).during(RAMP)));
        populations.add(keycloakFloor.injectOpen(rampUsers(FLOOR_USERS).during(RAMP)));
        populations.add(signInFloor.injectOpen(rampUsers(FLOOR_USERS).during(RAMP)));
        SetUp setUp = setUp(populations).protocols(protocol);
        if (ASSERT) {
            List<Assertion> assertions = new ArrayList<>();
            assertions.add(global().failedRequests().count().is(0L));
            for (String screen : SCREENS) {
                assertions.add(details(screen).successfulRequests().count().gt(0L)); // every screen was exercised
            }
            setUp.assertions(assertions);
        }
    }

    /** The accounts the generator wrote, by role; each row a feeder record. */
    private static Map<String, List<Map<String, Object>>> accounts() {
        Path file = Path.of(System.getProperty("load.accounts", "target/stack/accounts.csv"));
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            Map<String, List<Map<String, Object>>> byRole = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",", -1);
                Map<String, Object> record = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    record.put(header[i], values[i]);
                }
                byRole.computeIfAbsent(values[2], role -> new ArrayList<>()).add(record);
            }
            return byRole;
        } catch (IOException e) {
            throw new UncheckedIOException("no accounts at " + file + ": generate first (harness.sh up)", e);
        }
    }
}
