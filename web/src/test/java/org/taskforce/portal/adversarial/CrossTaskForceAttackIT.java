package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * Members of other task forces, a national coordinator and a liaison try to read, change and delete the records of a
 * task force they do not belong to: by the records' own pages, ajax events and feeds ({@link TaskForceOwnedRecords}),
 * and by putting the records' ids into every page they may open that reads a query parameter, under each parameter it
 * reads ({@link PageParameters}: the page's own {@code f:viewParam}s, so a page that starts reading one is attacked
 * through it without a change here; a page that reads none ignores what a URL adds). A leak
 * is an answer that shows a record's marker, a refusal that was not 403/404, a row that changed, or an error the
 * portal logged while being attacked.
 */
class CrossTaskForceAttackIT {

    /** The log of the test stack's portal (set by the web module's failsafe configuration). */
    private static final Path SERVER_LOG =
            Path.of(System.getProperty("portal.stack.work", "target/stack"), "micro", "server.log");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void everyTaskForceOwnedTableIsRegistered() throws Exception {
        try (VictimDatabase database = new VictimDatabase()) {
            List<String> registered = TaskForceOwnedRecords.ALL.stream().map(OwnedRecord::table).toList();
            List<String> missing = new ArrayList<>(database.taskForceOwnedTables());
            missing.removeAll(registered);
            assertEquals(List.of(), missing,
                    "task-force-owned tables the adversarial suite does not attack: register them in "
                            + "TaskForceOwnedRecords");
        }
    }

    @Test
    void noOneOutsideATaskForceReachesItsRecords() throws Exception {
        try (VictimDatabase database = new VictimDatabase()) {
            long victim = database.createTaskForce();
            try {
                Map<Planted, OwnedRecord> planted = new LinkedHashMap<>();
                Map<Planted, String> before = new LinkedHashMap<>();
                for (OwnedRecord record : TaskForceOwnedRecords.ALL) {
                    Planted target = database.plant(record, victim);
                    planted.put(target, record);
                    before.put(target, database.snapshot(target));
                }

                List<String> leaks = new ArrayList<>();
                long logBefore = serverLogSize();
                int attempts = 0;
                for (Attacker attacker : Attacker.values()) {
                    BrowserlessSession session = attacker.signIn(portalUrl);
                    for (Map.Entry<Planted, OwnedRecord> entry : planted.entrySet()) {
                        Planted target = entry.getKey();
                        for (Attack attack : entry.getValue().attacks()) {
                            attempts++;
                            check(attacker, attack, session, target).ifPresent(leaks::add);
                        }
                        for (String page : PageAccess.openTo(attacker.role)) {
                            for (String parameter : PageParameters.of(page)) {
                                attempts++;
                                Attack byUrl = Attack.notShown("GET " + page + "?" + parameter + "=",
                                        (who, what) -> who.get("/" + page + "?" + parameter + "=" + what.id()));
                                check(attacker, byUrl, session, target).ifPresent(leaks::add);
                            }
                        }
                    }
                }
                leaks.addAll(serverErrorsSince(logBefore));
                for (Planted target : planted.keySet()) {
                    if (!before.get(target).equals(database.snapshot(target))) {
                        leaks.add(target.table() + " " + target.id() + " was changed or deleted");
                    }
                }

                System.out.printf("Adversarial suite: %d attempts on %d records by %d people, %d leaks%n",
                        attempts, planted.size(), Attacker.values().length, leaks.size());
                assertTrue(attempts > planted.size() * Attacker.values().length, "the suite attacked too little");
                assertEquals(List.of(), leaks);
            } finally {
                database.archive(victim);
            }
        }
    }

    /**
     * The control that shows the suite can see a leak: the same record planted in the attacker's own task force is
     * found by the same check on the page that lists it. Without this, a detector that never matched would pass.
     */
    @Test
    void theSameCheckFindsARecordWhereItIsMeantToBeSeen() throws Exception {
        OwnedRecord membership = TaskForceOwnedRecords.ALL.stream()
                .filter(record -> record.table().equals("membership")).findFirst().orElseThrow();
        try (VictimDatabase database = new VictimDatabase()) {
            long own = database.taskForce("alto-parana");
            Planted control = database.plant(membership, own);
            try {
                BrowserlessSession ana = Attacker.ANA_BENITEZ.signIn(portalUrl);
                Attack home = Attack.notShown("GET taskforce/home.xhtml",
                        (who, what) -> who.get("/taskforce/home.xhtml"));
                assertTrue(check(Attacker.ANA_BENITEZ, home, ana, control).isPresent(),
                        "a member of the record's own task force must see it: the leak check is blind");
            } finally {
                database.remove(control, own);
            }
        }
    }

    private static long serverLogSize() throws IOException {
        return Files.exists(SERVER_LOG) ? Files.size(SERVER_LOG) : 0;
    }

    /**
     * The errors the portal logged since the attacks began: a forged request must be answered, not make the server
     * fail (each SEVERE record, with its first line of detail).
     */
    private static List<String> serverErrorsSince(long offset) throws IOException {
        if (!Files.exists(SERVER_LOG)) {
            return List.of();
        }
        String log;
        try (InputStream in = Files.newInputStream(SERVER_LOG)) {
            in.skipNBytes(offset);
            log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> errors = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("SEVERE")) {
                errors.add("the server logged an error: " + (i + 1 < lines.length ? lines[i + 1].strip() : lines[i]));
            }
        }
        return errors;
    }

    /** Sends one attack; returns a description of the leak, if it leaked. */
    private static Optional<String> check(Attacker attacker, Attack attack, BrowserlessSession session,
            Planted target) throws Exception {
        HttpResponse<String> answer = attack.request().send(session, target);
        String where = attacker.username + " → " + target.table() + " " + target.id() + " by " + attack.name() + ": ";
        if (answer.body() != null && answer.body().contains(target.marker())) {
            return Optional.of(where + "the record's marker is in the answer (HTTP " + answer.statusCode()
                    + ")");
        }
        if (answer.statusCode() >= 500) {
            return Optional.of(where + "HTTP " + answer.statusCode() + " instead of a clear answer");
        }
        boolean refused = answer.statusCode() == 403 || answer.statusCode() == 404;
        if (attack.expectation() == Attack.Expectation.REFUSED && !refused) {
            return Optional.of(where + "HTTP " + answer.statusCode() + " instead of 403/404");
        }
        return Optional.empty();
    }
}
