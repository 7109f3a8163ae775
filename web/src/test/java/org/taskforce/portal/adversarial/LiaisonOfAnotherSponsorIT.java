package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * A liaison of the OAS (pablo.sosa) gets nothing of a training the U.S. Department of State funds alone: not its
 * page, not its participants' ajax search, not a line of the attendance report in any format, and leaves no read in
 * its task force's audit trail; members and coordinators of task forces get 403 on the liaison's pages. The control:
 * the State Department's liaison (emily.carter) finds the same training, by the same requests, in every one of them,
 * so the checks can see what they look for.
 */
class LiaisonOfAnotherSponsorIT {

    private static final String PASSWORD = Attacker.PASSWORD;

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void anOasLiaisonGetsNothingOfAStateDepartmentTrainingAndTheStateLiaisonGetsItAll() throws Exception {
        try (VictimDatabase database = new VictimDatabase()) {
            long victim = database.createTaskForce();
            try {
                Planted training = database.plant(new OwnedRecord("training",
                        LiaisonOfAnotherSponsorIT::stateTraining, List.of()), victim);
                String page = "/liaison/training.xhtml?id=" + training.id();

                List<String> leaks = new ArrayList<>();
                BrowserlessSession pablo = signIn("pablo.sosa");
                Map<String, HttpResponse<String>> pablosAnswers = ways(pablo, training);
                pablosAnswers.put("the liaison's list", pablo.get(LiaisonReports.PAGE));
                for (Map.Entry<String, HttpResponse<String>> answer : pablosAnswers.entrySet()) {
                    if (answer.getValue().body().contains(training.marker())) {
                        leaks.add("pablo.sosa found the training by " + answer.getKey());
                    }
                }
                int status = pablo.get(page).statusCode();
                if (status != 404) {
                    leaks.add("pablo.sosa opened the State Department's training: HTTP " + status);
                }
                assertEquals(List.of(), leaks);
                assertEquals(0, liaisonReads(victim, training.id()), "pablo.sosa's tries read no names");

                BrowserlessSession emily = signIn("emily.carter");
                for (Map.Entry<String, HttpResponse<String>> answer : ways(emily, training).entrySet()) {
                    assertTrue(answer.getValue().body().contains(training.marker()),
                            () -> "the State Department's liaison must find the training by " + answer.getKey()
                                    + ": the check is blind\n" + answer.getValue().body());
                }
                assertTrue(liaisonReads(victim, training.id()) >= 2,
                        "the page and the reports are recorded in the training's task force");

                for (String worker : List.of("ana.benitez", "carlos.rojas")) {
                    BrowserlessSession session = signIn(worker);
                    for (String liaisonPage : List.of(page, LiaisonReports.PAGE)) {
                        assertEquals(403, session.get(liaisonPage).statusCode(), worker + " → " + liaisonPage);
                    }
                }
            } finally {
                database.archive(victim);
            }
        }
    }

    /**
     * Every way the liaison's screens reach a training's people, with the answer of each (the list of trainings,
     * which pages by 20 and has no names, is tried by the OAS liaison only).
     */
    private static Map<String, HttpResponse<String>> ways(BrowserlessSession liaison, Planted training)
            throws Exception {
        String page = "/liaison/training.xhtml?id=" + training.id();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("the training's page", liaison.get(page));
        answers.put("the ajax search of its participants", FacesPostback.send(liaison, page, "participants",
                "participants:list", "filter", Map.of("participants:list_filtering", "true",
                        "participants:list_encodeFeature", "true", "participants:list:globalFilter",
                        training.marker())));
        for (LiaisonReports.Format format : LiaisonReports.Format.values()) {
            answers.put("the " + format + " report", LiaisonReports.download(liaison, format,
                    LiaisonReports.today().minusDays(1), LiaisonReports.today().plusDays(2)));
        }
        return answers;
    }

    /**
     * A training funded by the State Department alone, titled with the marker, with a session tomorrow and a
     * confirmed participant named with the marker who attended it.
     */
    private static Planted stateTraining(Connection connection, long taskForceId, String marker)
            throws SQLException {
        long training = TaskForceOwnedRecords.insert(connection, """
                insert into training (tenant_id, title, kind, language, venue, capacity, created_by)
                values (?, ?, 'AWARENESS', 'es', 'Adversarial', 30, 'adversarial-suite') returning id""",
                taskForceId, marker);
        TaskForceOwnedRecords.insert(connection, """
                insert into training_sponsors (tenant_id, training_id, sponsor_id)
                select ?, ?, id from sponsor where code = 'US-STATE' returning id""", taskForceId, training);
        long session = TaskForceOwnedRecords.insert(connection, """
                insert into training_session (tenant_id, training_id, starts_at, ends_at)
                values (?, ?, now() + interval '1 day', now() + interval '1 day 4 hours') returning id""",
                taskForceId, training);
        long person = TaskForceOwnedRecords.insert(connection, """
                insert into participant (tenant_id, name, normalised_name, outside_agency_name, outside_agency_type,
                                         position, sex)
                values (?, ?, lower(?), 'Fundación Adversarial', 'NGO', 'Oficial', 'FEMALE') returning id""",
                taskForceId, marker + " Persona", marker);
        TaskForceOwnedRecords.insert(connection, """
                insert into nomination (tenant_id, training_id, participant_id, state, nominated_by)
                values (?, ?, ?, 'CONFIRMED', 'adversarial-suite') returning id""", taskForceId, training, person);
        TaskForceOwnedRecords.insert(connection, """
                insert into attendance (tenant_id, session_id, participant_id, mark, minutes_attended, recorded_by)
                values (?, ?, ?, 'PRESENT', 240, 'adversarial-suite') returning id""", taskForceId, session, person);
        return new Planted("training", training, marker);
    }

    /** The liaisons' reads of the training recorded in the victim task force's audit trail. */
    private static long liaisonReads(long taskForceId, long training) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                System.getProperty("portal.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_it"),
                System.getProperty("portal.db.admin-user", "postgres"), "");
                PreparedStatement select = connection.prepareStatement("""
                        select count(*) from audit_event where tenant_id = ? and action like 'LIAISON_READ_%'
                        and record_type = 'training' and record_id = ?""")) {
            select.setLong(1, taskForceId);
            select.setString(2, Long.toString(training));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private BrowserlessSession signIn(String username) throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        int status = session.signIn(username, PASSWORD).statusCode();
        assertEquals(200, status, username + " could not sign in");
        return session;
    }
}
