package org.taskforce.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server: started and deployed by {@code src/test/smoke.sh} in pre-integration-test, with
 * Keycloak and PostgreSQL. Plain HTTP, no cookies, no redirects followed.
 */
class EarSmokeIT {

    private static final String PORTAL = System.getProperty("portal.url", "http://localhost:28080");
    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:28180");

    /** One check of the MicroProfile Health answer: {"name":"database","status":"UP",...}. */
    private static final Pattern CHECK =
            Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern OVERALL = Pattern.compile("^\\s*\\{\\s*\"status\"\\s*:\\s*\"([A-Z]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void healthIsUpWithDatabaseAndKeycloak() throws Exception {
        // Readiness may lag a moment behind the deployment: give it up to a minute.
        HttpResponse<String> answer = get("/health");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answer.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            answer = get("/health");
        }
        HttpResponse<String> response = answer;
        String body = response.body();
        assertEquals(200, response.statusCode(), () -> "/health: " + body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "/health content type: " + response.headers().map());

        Matcher overall = OVERALL.matcher(body);
        assertTrue(overall.find(), () -> "/health has no top-level status: " + body);
        assertEquals("UP", overall.group(1), () -> "/health: " + body);

        Map<String, String> checks = new LinkedHashMap<>();
        Matcher check = CHECK.matcher(body);
        while (check.find()) {
            checks.put(check.group(1), check.group(2));
        }
        assertEquals("UP", checks.get("database"), () -> "database check in " + body);
        assertEquals("UP", checks.get("keycloak"), () -> "keycloak check in " + body);
    }

    @Test
    void protectedPageRedirectsToKeycloak() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(302, response.statusCode(), () -> "GET / answered " + response.statusCode() + ": " + response.body());
        String location = response.headers().firstValue("Location").orElse(null);
        assertNotNull(location, "302 without Location");
        String authEndpoint = KEYCLOAK + "/realms/taskforce/protocol/openid-connect/auth";
        assertTrue(location.startsWith(authEndpoint + "?"), () -> "Location " + location + " is not " + authEndpoint);
        // The redirect URI comes from portal.base-url: proves the server got the smoke test's configuration.
        String query = URLDecoder.decode(location.substring(location.indexOf('?') + 1), StandardCharsets.UTF_8);
        assertTrue(query.contains("redirect_uri=" + PORTAL + "/signed-in"), () -> "redirect_uri in " + location);
        assertTrue(query.contains("client_id=portal"), () -> "client_id in " + location);
    }

    @Test
    void publicPageRendersInSpanishByDefault() throws Exception {
        HttpResponse<String> response = get("/signed-out.xhtml");
        String body = response.body();
        assertEquals(200, response.statusCode(), () -> "/signed-out.xhtml answered " + response.statusCode() + ": " + body);
        assertTrue(body.contains("id=\"signedOut\""), () -> "no signed-out heading in " + body);
        assertTrue(Pattern.compile("<html[^>]*\\blang=\"es\"").matcher(body).find(), () -> "not Spanish: " + body);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PORTAL + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
