package org.taskforce.portal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.testsupport.JdbcTaskForce;

/**
 * The feed a calendar client reads, over HTTP from the running portal: parsed back by ical4j with none of its hints
 * relaxed and checked by its validators, every physical line measured in octets, and parsed again with biweekly, an
 * iCalendar library that shares no code with ical4j, which writes it. The events are written straight into the
 * database of the demo task force Alto Paraná, as the calendar screens would have left them, for two members of
 * agency ong-luna-nueva made for the test: one who reads the portal in Spanish, one in English.
 */
class CalendarFeedIT {

    /** Whom the audit trail records for the rows this test writes. */
    private static final Actor WRITER = new Actor("feed-it", "feed-it", null);

    private static final String TAG = "feed-it-" + UUID.randomUUID().toString().substring(0, 8);

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    /** Long enough to be folded, with two-octet accents and a three-octet dash, and a line break of its own. */
    private static final String DESCRIPTION = "Coordinación semanal de la mesa: revisión de la agenda común con "
            + "Fiscalía, Policía Nacional y Migraciones — traer la información de Ñeembucú, Itapúa y Alto Paraná; "
            + "el acta se aprueba en la próxima reunión.\nSegunda línea, con «comillas» y acentuación.";

    private Connection db;
    private long taskForce;
    private String token;
    private String englishToken;
    private String revokedToken;

    @BeforeEach
    void plantEvents() throws Exception {
        db = DriverManager.getConnection(System.getProperty("portal.db.url",
                "jdbc:postgresql://127.0.0.1:5432/portal_it"), System.getProperty("portal.db.admin-user", "postgres"),
                "");
        db.setAutoCommit(false);
        taskForce = id("select id from task_force where slug = 'alto-parana'");
        long carlos = id("select id from member_profile where username = 'carlos.rojas'");
        JdbcTaskForce.actFor(db, taskForce, WRITER);
        long spanish = member("es");
        long english = member("en");
        // Weekly on Wednesdays at 09:00 in Santiago, six times, across Chile's change to winter time (April 4, 2027),
        // reminded 30 minutes and a day before.
        long series = id("""
                insert into calendar_event (tenant_id, uid, title, description, category, visibility, starts_at,
                                            ends_at, time_zone, rrule, reminder_minutes, sequence, organiser_id)
                values (?, ?, ?, ?, 'MEETING', 'TASK_FORCE', '2027-03-24 12:00+00', '2027-03-24 13:00+00',
                        'America/Santiago', 'FREQ=WEEKLY;BYDAY=WE;COUNT=6', '30,1440', 3, ?) returning id""",
                taskForce, TAG + "-series@test", TAG + " series", DESCRIPTION, carlos);
        id("""
                insert into calendar_occurrence_change (tenant_id, event_id, original_start, cancelled)
                values (?, ?, '2027-03-31 12:00+00', true) returning id""", taskForce, series);
        id("""
                insert into calendar_occurrence_change (tenant_id, event_id, original_start, starts_at, ends_at, title)
                values (?, ?, '2027-04-07 13:00+00', '2027-04-07 15:00+00', '2027-04-07 16:00+00', ?) returning id""",
                taskForce, series, TAG + " moved");
        long operation = id("""
                insert into calendar_event (tenant_id, uid, title, category, visibility, starts_at, ends_at, time_zone,
                                            organiser_id)
                values (?, ?, ?, 'OPERATION', 'LISTED', '2027-03-25 08:00+00', '2027-03-25 11:00+00',
                        'America/Asuncion', ?) returning id""", taskForce, TAG + "-operation@test",
                TAG + " operation", carlos);
        id("insert into calendar_attendee (tenant_id, event_id, member_id) values (?, ?, ?) returning id",
                taskForce, operation, spanish);
        id("""
                insert into calendar_event (tenant_id, uid, title, category, visibility, agency_code, starts_at,
                                            ends_at, time_zone, organiser_id)
                values (?, ?, ?, 'MEETING', 'AGENCY', 'fiscalia', '2027-03-26 12:00+00', '2027-03-26 13:00+00',
                        'America/Asuncion', ?) returning id""", taskForce, TAG + "-fiscalia@test", TAG + " fiscalia",
                carlos);
        token = newToken();
        englishToken = newToken();
        revokedToken = newToken();
        id("insert into calendar_subscription (tenant_id, member_id, token_hash, revoked_at) values "
                + "(?, ?, ?, now()) returning id", taskForce, spanish, hash(revokedToken));
        id("insert into calendar_subscription (tenant_id, member_id, token_hash) values (?, ?, ?) returning id",
                taskForce, spanish, hash(token));
        id("insert into calendar_subscription (tenant_id, member_id, token_hash) values (?, ?, ?) returning id",
                taskForce, english, hash(englishToken));
        db.commit();
    }

    /** A member of Alto Paraná in agency ong-luna-nueva who reads the portal in the language. */
    private long member(String language) throws SQLException {
        long member = id("""
                insert into member_profile (subject, username, display_name, agency_code, language)
                values (?, ?, ?, 'ong-luna-nueva', ?) returning id""", UUID.randomUUID().toString(),
                TAG + "-" + language, "Feed " + language, language);
        id("insert into membership (tenant_id, member_id) values (?, ?) returning id", taskForce, member);
        return member;
    }

    @AfterEach
    void removeEvents() throws Exception {
        db.rollback();
        JdbcTaskForce.actFor(db, taskForce, WRITER);
        String members = "(select id from member_profile where username like ?)";
        for (String delete : List.of("delete from calendar_event where uid like ?",
                "delete from calendar_subscription where member_id in " + members,
                "delete from membership where member_id in " + members,
                "delete from member_profile where username like ?")) {
            try (PreparedStatement statement = db.prepareStatement(delete)) {
                statement.setString(1, TAG + "%");
                statement.executeUpdate();
            }
        }
        db.commit();
        db.close();
    }

    @Test
    void theFeedIsStrictlyValidICalendarFoldedAt75OctetsThatUnfoldsToWhatWasWritten() throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portalUrl + "/feeds/calendar/" + token + ".ics")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String feed = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(answer.body())).toString();

        assertEquals(200, answer.statusCode());
        assertTrue(feed.endsWith("\r\n"));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "a line break without its CR or LF: " + line);
        }
        assertTrue(feed.contains("\r\n "), "long lines are folded");
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY)) {
            assertFalse(CompatibilityHints.isHintEnabled(hint), hint);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertEquals(List.of(), problems(calendar), feed);
        assertEquals(DESCRIPTION, strictEvent(calendar, TAG + " series", false)
                .getProperty(Property.DESCRIPTION).orElseThrow().getValue());
    }

    @Test
    void aMovedOccurrenceHasTheSeriesRemindersAndACancelledOneIsNotThere() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(get("/feeds/calendar/" + token + ".ics")
                .body()));

        List<String> series = triggers(strictEvent(calendar, TAG + " series", false));
        assertEquals(List.of("-PT30M", "-P1D"), series);
        assertEquals(series, triggers(strictEvent(calendar, TAG + " moved", true)));
        assertEquals(1, calendar.getComponents(Component.VEVENT).stream()
                .filter(event -> event.getProperty(Property.UID).orElseThrow().getValue().equals(TAG + "-series@test"))
                .filter(event -> event.getProperty(Property.RECURRENCE_ID).isPresent()).count(),
                "the moved occurrence only: the cancelled one is an EXDATE of the series");
    }

    @Test
    void categoriesAreWordsInTheSubscribersLanguage() throws Exception {
        String spanish = get("/feeds/calendar/" + token + ".ics").body();
        String english = get("/feeds/calendar/" + englishToken + ".ics").body();

        assertTrue(spanish.contains("CATEGORIES;LANGUAGE=es:Reunión\r\n"), spanish);
        assertTrue(english.contains("CATEGORIES;LANGUAGE=en:Meeting\r\n"), english);
        assertFalse(spanish.contains("MEETING") || english.contains("MEETING"), "no codes");
        assertFalse(english.contains(TAG + " operation"), "nor the operation, in either language");
    }

    @Test
    void theFeedIsValidICalendarThatClientsCanFollow() throws Exception {
        HttpResponse<String> feed = get("/feeds/calendar/" + token + ".ics");

        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertNotNull(calendar, feed.body());
        assertEquals(List.of(), calendar.validate(ICalVersion.V2_0).getWarnings().stream()
                .filter(warning -> warning.getComponent() instanceof VEvent).toList(), "no warnings on events");

        VEvent master = event(calendar, TAG + " series", false);
        assertEquals(TAG + "-series@test", master.getUid().getValue());
        assertEquals(3, master.getSequence().getValue());
        assertEquals(6, master.getRecurrenceRule().getValue().getCount());
        assertEquals("America/Santiago", calendar.getTimezoneInfo().getTimezone(master.getDateStart())
                .getComponent().getTimezoneId().getValue());
        DateTimeComponents start = master.getDateStart().getValue().getRawComponents();
        assertEquals(9, start.getHour(), "09:00 as written in Santiago");
        DateTimeComponents cancelled = master.getExceptionDates().get(0).getValues().get(0).getRawComponents();
        assertEquals(31, cancelled.getDate());
        assertEquals("-PT30M", master.getAlarms().get(0).getTrigger().getDuration().toString());

        VEvent moved = event(calendar, TAG + " moved", true);
        assertEquals(master.getUid().getValue(), moved.getUid().getValue());
        DateTimeComponents original = moved.getRecurrenceId().getValue().getRawComponents();
        assertEquals(7, original.getDate());
        assertEquals(9, original.getHour(), "the RECURRENCE-ID is the original 09:00, in winter time now");
        assertEquals(11, moved.getDateStart().getValue().getRawComponents().getHour());
        assertEquals(2, moved.getAlarms().size(), "the series' reminders");
        assertTrue(feed.headers().allValues("Set-Cookie").isEmpty(), "a feed opens no session");
    }

    @Test
    void operationsAndOtherAgenciesEventsNeverLeaveThePortal() throws Exception {
        String feed = get("/feeds/calendar/" + token + ".ics").body();

        assertTrue(feed.contains(TAG + " series"), feed);
        assertFalse(feed.contains(TAG + " operation"), "an operation the member is listed on is still not in the feed");
        assertFalse(feed.contains(TAG + " fiscalia"), "another agency's event");
        assertFalse(feed.contains("Operativo"), "nor the demo operation");
    }

    @Test
    void aRevokedUnknownOrMalformedTokenGets404AndNothingElseNotEvenASession() throws Exception {
        for (String path : List.of("/feeds/calendar/" + revokedToken + ".ics", "/feeds/calendar/" + newToken() + ".ics",
                "/feeds/calendar/" + hash(token) + ".ics", "/feeds/calendar/' or 1=1 --.ics",
                "/feeds/calendar/" + token, "/feeds/nothing-here")) {
            HttpResponse<String> answer = get(path.replace(" ", "%20").replace("'", "%27"));
            assertEquals(404, answer.statusCode(), path);
            assertEquals("", answer.body(), path);
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"), path);
        }
    }

    /**
     * What ical4j's validators find wrong in the calendar and in each of its components and their parts (alarms,
     * time zone observances): {@code Calendar.validate()} alone does not look into an event's alarms.
     */
    private static List<ValidationEntry> problems(Calendar calendar) {
        List<ValidationEntry> problems = new ArrayList<>(calendar.validate().getEntries());
        for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
            problems.addAll(component.validate(true).getEntries());
            if (component instanceof ComponentContainer<?> container) {
                for (Component part : container.getComponentList().getAll()) {
                    problems.addAll(part.validate(true).getEntries());
                }
            }
        }
        return problems;
    }

    private static net.fortuna.ical4j.model.component.VEvent strictEvent(Calendar calendar, String title,
            boolean override) {
        return calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(title))
                .filter(event -> event.getProperty(Property.RECURRENCE_ID).isPresent() == override)
                .findFirst().orElseThrow(() -> new AssertionError("no " + title + " in " + calendar));
    }

    private static List<String> triggers(net.fortuna.ical4j.model.component.VEvent event) {
        return event.getAlarms().stream()
                .map(alarm -> alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).toList();
    }

    private static VEvent event(ICalendar calendar, String title, boolean override) {
        return calendar.getEvents().stream()
                .filter(event -> event.getSummary().getValue().equals(title))
                .filter(event -> (event.getRecurrenceId() != null) == override)
                .findFirst().orElseThrow(() -> new AssertionError("no " + title + " in " + calendar.write()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portalUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long id(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static String newToken() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String hash(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
