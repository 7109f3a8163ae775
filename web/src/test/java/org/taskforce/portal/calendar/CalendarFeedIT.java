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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.testsupport.JdbcTaskForce;

/**
 * The feed a calendar client reads, over HTTP from the running portal, parsed with biweekly, an iCalendar library
 * that shares no code with ical4j, which writes it. The events are written straight into the database of the demo
 * task force Alto Paraná for Hugo Acosta (agency ong-luna-nueva), as the calendar screens would have left them.
 */
class CalendarFeedIT {

    /** Whom the audit trail records for the rows this test writes. */
    private static final Actor WRITER = new Actor("feed-it", "feed-it", null);

    private static final String TAG = "feed-it-" + UUID.randomUUID().toString().substring(0, 8);

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    private Connection db;
    private long taskForce;
    private String token;
    private String revokedToken;

    @BeforeEach
    void plantEvents() throws Exception {
        db = DriverManager.getConnection(System.getProperty("portal.db.url",
                "jdbc:postgresql://127.0.0.1:5432/portal_it"), System.getProperty("portal.db.admin-user", "postgres"),
                "");
        db.setAutoCommit(false);
        taskForce = id("select id from task_force where slug = 'alto-parana'");
        long hugo = id("select id from member_profile where username = 'hugo.acosta'");
        long carlos = id("select id from member_profile where username = 'carlos.rojas'");
        JdbcTaskForce.actFor(db, taskForce, WRITER);
        // Weekly on Wednesdays at 09:00 in Santiago, six times, across Chile's change to winter time (April 4, 2027).
        long series = id("""
                insert into calendar_event (tenant_id, uid, title, category, visibility, starts_at, ends_at, time_zone,
                                            rrule, reminder_minutes, sequence, organiser_id)
                values (?, ?, ?, 'MEETING', 'TASK_FORCE', '2027-03-24 12:00+00', '2027-03-24 13:00+00',
                        'America/Santiago', 'FREQ=WEEKLY;BYDAY=WE;COUNT=6', '30', 3, ?) returning id""",
                taskForce, TAG + "-series@test", TAG + " series", carlos);
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
                taskForce, operation, hugo);
        id("""
                insert into calendar_event (tenant_id, uid, title, category, visibility, agency_code, starts_at,
                                            ends_at, time_zone, organiser_id)
                values (?, ?, ?, 'MEETING', 'AGENCY', 'fiscalia', '2027-03-26 12:00+00', '2027-03-26 13:00+00',
                        'America/Asuncion', ?) returning id""", taskForce, TAG + "-fiscalia@test", TAG + " fiscalia",
                carlos);
        token = newToken();
        revokedToken = newToken();
        id("insert into calendar_subscription (tenant_id, member_id, token_hash, revoked_at) values "
                + "(?, ?, ?, now()) returning id", taskForce, hugo, hash(revokedToken));
        try (PreparedStatement revoke = db.prepareStatement(
                "update calendar_subscription set revoked_at = now() where member_id = ? and revoked_at is null")) {
            revoke.setLong(1, hugo);
            revoke.executeUpdate();
        }
        id("insert into calendar_subscription (tenant_id, member_id, token_hash) values (?, ?, ?) returning id",
                taskForce, hugo, hash(token));
        db.commit();
    }

    @AfterEach
    void removeEvents() throws Exception {
        db.rollback();
        JdbcTaskForce.actFor(db, taskForce, WRITER);
        try (PreparedStatement events = db.prepareStatement("delete from calendar_event where uid like ?");
                PreparedStatement subscriptions = db.prepareStatement(
                        "delete from calendar_subscription where token_hash in (?, ?)")) {
            events.setString(1, TAG + "%");
            events.executeUpdate();
            subscriptions.setString(1, hash(token));
            subscriptions.setString(2, hash(revokedToken));
            subscriptions.executeUpdate();
        }
        db.commit();
        db.close();
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
    }

    @Test
    void operationsAndOtherAgenciesEventsNeverLeaveThePortal() throws Exception {
        String feed = get("/feeds/calendar/" + token + ".ics").body();

        assertTrue(feed.contains(TAG + " series"), feed);
        assertFalse(feed.contains(TAG + " operation"), "an operation Hugo is listed on is still not in his feed");
        assertFalse(feed.contains(TAG + " fiscalia"), "another agency's event");
        assertFalse(feed.contains("Operativo"), "nor the demo operation");
    }

    @Test
    void aRevokedUnknownOrMalformedTokenGets404AndNothingElse() throws Exception {
        for (String path : List.of("/feeds/calendar/" + revokedToken + ".ics", "/feeds/calendar/" + newToken() + ".ics",
                "/feeds/calendar/" + hash(token) + ".ics", "/feeds/calendar/' or 1=1 --.ics")) {
            HttpResponse<String> answer = get(path.replace(" ", "%20").replace("'", "%27"));
            assertEquals(404, answer.statusCode(), path);
            assertFalse(answer.body().contains("VCALENDAR"), path);
        }
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
