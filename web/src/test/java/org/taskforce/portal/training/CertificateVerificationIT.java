package org.taskforce.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.testsupport.JdbcTaskForce;
import org.taskforce.portal.training.control.CertificateCodes;

/**
 * The public verification page, over HTTP without signing in, on certificates written straight into the demo task
 * force Alto Paraná: a valid one shows the training, its days, the hours attended and the holder's initials (never
 * the name); a revoked one says so; an unknown code and a malformed one get the very same page.
 */
class CertificateVerificationIT {

    private static final Actor WRITER = new Actor("verify-it", "verify-it", null);

    private static final String TAG = "verify-it-" + UUID.randomUUID().toString().substring(0, 8);

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Connection db;
    private String valid;
    private String revoked;

    @BeforeEach
    void plantCertificates() throws Exception {
        db = DriverManager.getConnection(System.getProperty("portal.db.url",
                "jdbc:postgresql://127.0.0.1:5432/portal_it"), System.getProperty("portal.db.admin-user", "postgres"),
                "");
        db.setAutoCommit(false);
        long taskForce = id("select id from task_force where slug = 'alto-parana'");
        JdbcTaskForce.actFor(db, taskForce, WRITER);
        long training = id("insert into training (tenant_id, title, kind, language, capacity, created_by) values (?, ?,"
                + " 'TRAIN_THE_TRAINER', 'es', 20, 'verify-it') returning id", taskForce, "Formación " + TAG);
        long first = id("insert into training_session (tenant_id, training_id, starts_at, ends_at) values (?, ?,"
                + " timestamptz '2026-10-05 08:00-03', timestamptz '2026-10-05 12:00-03') returning id",
                taskForce, training);
        long second = id("insert into training_session (tenant_id, training_id, starts_at, ends_at) values (?, ?,"
                + " timestamptz '2026-10-06 08:00-03', timestamptz '2026-10-06 12:00-03') returning id",
                taskForce, training);
        valid = CertificateCodes.next();
        revoked = CertificateCodes.next();
        for (String code : new String[] {valid, revoked}) {
            long person = id("insert into participant (tenant_id, name, normalised_name, outside_agency_name,"
                    + " outside_agency_type, sex) values (?, ?, ?, 'ONG Verificación', 'NGO', 'FEMALE') returning id",
                    taskForce, "Ana María Benítez " + code.substring(0, 4), "ana maria benitez " + code);
            id("insert into nomination (tenant_id, training_id, participant_id, state, nominated_by) values (?, ?, ?,"
                    + " 'CONFIRMED', 'verify-it') returning id", taskForce, training, person);
            id("insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)"
                    + " values (?, ?, ?, 'PRESENT', 240, 'verify-it') returning id", taskForce, first, person);
            id("insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)"
                    + " values (?, ?, ?, 'LEFT_EARLY', 90, 'verify-it') returning id", taskForce, second, person);
            id("insert into certificate (tenant_id, training_id, participant_id, code, revoked_at, revoked_reason)"
                    + " values (?, ?, ?, ?, " + (code.equals(revoked) ? "now(), 'issued by mistake'" : "null, null")
                    + ") returning id", taskForce, training, person, code);
        }
        db.commit();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aValidCertificateShowsTrainingDaysHoursAndInitialsOnly() throws Exception {
        HttpResponse<String> answer = get("/verify/" + valid);

        assertEquals(200, answer.statusCode());
        String page = answer.body();
        assertTrue(page.contains("id=\"verifyValid\""), page);
        assertTrue(page.contains("Formación " + TAG), page);
        assertTrue(page.contains("5 de octubre de 2026") && page.contains("6 de octubre de 2026"), page);
        assertTrue(page.contains("5,5"), "4 hours and 90 minutes: " + page);
        assertTrue(page.contains("A. M. B. " + valid.substring(0, 1).toUpperCase() + "."), page);
        assertFalse(page.contains("Benítez"), "the holder's name never shows");
        assertFalse(page.contains("ONG Verificación"), "nor their agency");
    }

    @Test
    void aRevokedCertificateSaysSo() throws Exception {
        String page = get("/verify/" + revoked).body();

        assertTrue(page.contains("id=\"verifyRevoked\""), page);
        assertFalse(page.contains("id=\"verifyValid\""), page);
    }

    @Test
    void anUnknownAndAMalformedCodeGetTheSamePage() throws Exception {
        HttpResponse<String> unknown = get("/verify/" + CertificateCodes.next());
        HttpResponse<String> malformed = get("/verify/%27%20or%201%3D1%20--");
        HttpResponse<String> empty = get("/verify/");

        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("id=\"verifyUnknown\""), unknown.body());
        assertEquals(withoutNonces(unknown.body()), withoutNonces(malformed.body()));
        assertEquals(withoutNonces(unknown.body()), withoutNonces(empty.body()));
        assertEquals(200, malformed.statusCode());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portalUrl + path)).header("Accept-Language", "es")
                .header("Cookie", "portal-language=es").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page without what differs on every answer: the script nonce and the id of the script that uses it. */
    private static String withoutNonces(String page) {
        return page.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init('')")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "uuid");
    }

    private long id(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
