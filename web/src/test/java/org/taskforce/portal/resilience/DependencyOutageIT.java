package org.taskforce.portal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.testsupport.KeycloakPause;

/**
 * Cuts the running test portal off from Keycloak and from PostgreSQL, one at a time: people get a page in their
 * language that says which service is down, never a stack trace or the browser's "site can't be reached", and the
 * portal works again by itself once the service is back — no restart.
 *
 * <p>Keycloak is paused ({@code kill -STOP}), so connections to it hang as they do when a server is overloaded or cut
 * off; PostgreSQL is reached through a relay ({@code bin/stack.sh --db-relay-port}) that the test stops and starts.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DependencyOutageIT {

    private static final String PASSWORD = "demo-Identify-2026";
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");
    private final Path stackWork = Path.of(System.getProperty("portal.stack.work", "target/stack"));
    private final String stackScript = System.getProperty("portal.stack.script", "../bin/stack.sh");

    @Test
    void signInServiceDownShowsItsOwnPageAndSignInWorksWhenItIsBack() throws Exception {
        try (KeycloakPause paused = KeycloakPause.pause()) {
            // The portal checks Keycloak at most every few seconds, so for a moment it may still send people there.
            HttpResponse<String> page = eventually(() -> BrowserlessSession.withoutRedirects(portalUrl).get("/"),
                    answer -> answer.statusCode() != 302);

            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("error-IDENTITY_PROVIDER"), page.body());
            assertTrue(page.body().contains("Servicio de ingreso no disponible"), page.body());
            assertTrue(!page.body().contains("Exception"), "no stack trace");
        }

        HttpResponse<String> home = eventually(() -> new BrowserlessSession(portalUrl).signIn("lucia.gimenez",
                PASSWORD), page -> page.body().contains("id=\"taskForceName\""));
        assertTrue(home.body().contains("Mesa Regional Itapúa"));
    }

    @Test
    void databaseDownShowsItsOwnPageAndThePortalRecoversWhenItIsBack() throws Exception {
        BrowserlessSession ana = new BrowserlessSession(portalUrl);
        HttpResponse<String> signedIn = ana.signIn("ana.benitez", PASSWORD);
        assertTrue(signedIn.body().contains("Mesa Regional Alto Paraná"),
                () -> signedIn.statusCode() + " " + signedIn.uri() + "\n" + signedIn.body());

        run("bash", stackScript, "db-relay", "stop", "--work", stackWork.toString());
        try {
            HttpResponse<String> page = ana.get("/taskforce/home.xhtml");

            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("error-DATABASE"), page.body());
            assertTrue(!page.body().contains("Exception"), "no stack trace");
            assertTrue(ana.get("/health").body().contains("\"name\":\"database\",\"status\":\"DOWN\""));
        } finally {
            run("bash", stackScript, "db-relay", "start", "--work", stackWork.toString());
        }

        HttpResponse<String> home = eventually(() -> ana.get("/taskforce/home.xhtml"),
                page -> page.statusCode() == 200 && page.body().contains("Mesa Regional Alto Paraná"));
        assertTrue(home.body().contains("Rosa Ortiz"), "the same session goes on: no new sign-in needed");
    }

    private interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private interface Expectation {
        boolean met(HttpResponse<String> page);
    }

    /** Repeats a request until the portal has recovered, for at most {@link #RECOVERY}. */
    private static HttpResponse<String> eventually(Request request, Expectation expectation) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        HttpResponse<String> last = request.send();
        while (!expectation.met(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the portal did not recover within " + RECOVERY + "; last answer "
                        + last.statusCode() + ": " + last.body());
            }
            TimeUnit.MILLISECONDS.sleep(500);
            last = request.send();
        }
        return last;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
