package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * Inside their own task force, members of other agencies try to reach a restricted meeting (an operational meeting
 * only one agency sees) and everything of it: its page by id, the meetings list's search and export, the Actions
 * page with every filter, the home page, and every page they may open with the records' ids. Alto Paraná's
 * attackers are of the police (Ana Benítez), the prosecution (Carlos Rojas, a coordinator: coordinating does not open
 * another agency's minutes) and labour (Marta Duarte); the meeting is Migraciones'. A leak is the marker in an answer,
 * a refusal that was not 403/404 where one is due, or a server error. The control shows the check sees a meeting of the
 * whole task force.
 */
class RestrictedMinutesAttackIT {

    private static final List<Attacker> COLLEAGUES =
            List.of(Attacker.ANA_BENITEZ, Attacker.CARLOS_ROJAS, Attacker.MARTA_DUARTE);

    private static final List<String> ID_PARAMETERS = List.of("id", "event", "record", "session");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aRestrictedMeetingReachesNobodyOfAnotherAgencyInItsOwnTaskForce() throws Exception {
        try (VictimDatabase database = new VictimDatabase()) {
            long altoParana = database.taskForce("alto-parana");
            try {
                Map<Planted, OwnedRecord> planted = new LinkedHashMap<>();
                for (OwnedRecord record : MinutesRecords.owned(MinutesRecords.NOBODYS_AGENCY)) {
                    planted.put(database.plant(record, altoParana), record);
                }
                // Each colleague attacks in a session of their own, the three at once (each session's requests one
                // after the other): 2,500 requests in one line took 110 s of the CI run (stop 30).
                List<String> leaks = Collections.synchronizedList(new ArrayList<>());
                int attempts = 0;
                ExecutorService colleagues = Executors.newFixedThreadPool(COLLEAGUES.size());
                try {
                    List<Future<Integer>> attacking = new ArrayList<>();
                    for (Attacker attacker : COLLEAGUES) {
                        attacking.add(colleagues.submit(() -> attack(attacker, planted, leaks)));
                    }
                    for (Future<Integer> colleague : attacking) {
                        attempts += colleague.get(); // a colleague's exception fails the test with its cause
                    }
                } finally {
                    colleagues.shutdownNow();
                }
                System.out.printf("Restricted minutes: %d attempts on %d records by %d colleagues, %d leaks%n",
                        attempts, planted.size(), COLLEAGUES.size(), leaks.size());
                assertTrue(attempts > planted.size() * COLLEAGUES.size() * 5, "the suite attacked too little");
                assertEquals(List.of(), leaks);
            } finally {
                database.removePlantedMinutes(altoParana);
            }
        }
    }

    /**
     * One colleague's attacks on every planted record: the record's own attacks, and every page they may open with the
     * record's id in each parameter a page reads ids from. Adds what leaked to {@code leaks}; answers how many requests
     * were sent.
     */
    private int attack(Attacker attacker, Map<Planted, OwnedRecord> planted, List<String> leaks) throws Exception {
        int attempts = 0;
        BrowserlessSession session = attacker.signIn(portalUrl);
        for (Map.Entry<Planted, OwnedRecord> entry : planted.entrySet()) {
            Planted target = entry.getKey();
            List<Attack> attacks = new ArrayList<>(entry.getValue().attacks());
            for (String page : PageAccess.openTo(attacker.role)) {
                for (String parameter : ID_PARAMETERS) {
                    attacks.add(Attack.notShown("GET " + page + "?" + parameter + "=",
                            (who, what) -> who.get("/" + page + "?" + parameter + "=" + what.id())));
                }
            }
            for (Attack attack : attacks) {
                attempts++;
                HttpResponse<String> answer = attack.request().send(session, target);
                String where = attacker.username + " → " + target.table() + " " + target.id() + " by "
                        + attack.name() + ": ";
                if (answer.body() != null && answer.body().contains(target.marker())) {
                    leaks.add(where + "the marker is in the answer (HTTP " + answer.statusCode() + ")");
                } else if (answer.statusCode() >= 500) {
                    leaks.add(where + "HTTP " + answer.statusCode());
                } else if (attack.expectation() == Attack.Expectation.REFUSED
                        && answer.statusCode() != 403 && answer.statusCode() != 404) {
                    leaks.add(where + "HTTP " + answer.statusCode() + " instead of 403/404");
                }
            }
        }
        return attempts;
    }

    /** The control: a meeting of the whole task force, planted the same way, is found by the same check. */
    @Test
    void theSameCheckFindsAMeetingOfTheWholeTaskForce() throws Exception {
        OwnedRecord meeting = MinutesRecords.owned(null).get(0);
        try (VictimDatabase database = new VictimDatabase()) {
            long altoParana = database.taskForce("alto-parana");
            try {
                Planted control = database.plant(meeting, altoParana);
                BrowserlessSession ana = Attacker.ANA_BENITEZ.signIn(portalUrl);
                assertTrue(ana.get("/minutes/meetings.xhtml").body().contains(control.marker()),
                        "a member must see a meeting of the whole task force: the leak check is blind");
                HttpResponse<String> page = ana.get("/minutes/meeting.xhtml?id=" + control.id());
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains(control.marker()));
                assertTrue(MinutesRecords.search().request().send(ana, control).body().contains(control.marker()),
                        "the search finds a meeting of the whole task force: the search attack is not blind");
                Attack everyYear = meeting.attacks().stream().filter(a -> a.name().contains("'earlier years too'"))
                        .findFirst().orElseThrow();
                assertTrue(everyYear.request().send(ana, control).body().contains(control.marker()),
                        "'earlier years too' lists a meeting of the whole task force: that attack is not blind");
            } finally {
                database.removePlantedMinutes(altoParana);
            }
        }
    }
}
