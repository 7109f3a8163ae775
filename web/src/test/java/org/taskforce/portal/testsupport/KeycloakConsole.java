package org.taskforce.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an operator does in Keycloak's admin console, done the way the console does it: through the Admin REST API as
 * the master realm's administrator, which the portal itself never is. For tests that show the portal keeps in step
 * with changes made outside it (a person added to a task force's group, the realm's mail server).
 */
public final class KeycloakConsole {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SESSION_TIMES =
            Pattern.compile("\"start\"\\s*:\\s*(\\d+)\\s*,\\s*\"lastAccess\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloakUrl;
    private final String realm;

    /** The console of the test stack's realm {@code taskforce} at this Keycloak. */
    public KeycloakConsole(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.realm = keycloakUrl + "/admin/realms/taskforce";
    }

    /** Realm settings → Email: the realm sends its mail to 127.0.0.1 on this port. */
    public void sendMailTo(int port) throws IOException, InterruptedException {
        send("PUT", realm, "{\"smtpServer\":{\"host\":\"127.0.0.1\",\"port\":\"" + port + "\","
                + "\"from\":\"mesa@taskforce.example\",\"fromDisplayName\":\"Task Force Portal\"}}");
    }

    /** Realm settings → Email, emptied: the realm has no mail server (as the test stack starts). */
    public void sendNoMail() throws IOException, InterruptedException {
        send("PUT", realm, "{\"smtpServer\":{}}");
    }

    /**
     * Users → Add user, with a password that is not temporary, in the given groups (full paths) and realm roles, with
     * the given attributes (such as {@code agency} or {@code sponsor}); ready to sign in without a further step.
     *
     * @return the new account's id, which is the {@code sub} of its tokens
     */
    public String createUser(String username, String password, List<String> groups, List<String> realmRoles,
            Map<String, String> attributes) throws IOException, InterruptedException {
        String json = "{\"username\":" + quote(username) + ",\"enabled\":true,\"emailVerified\":true,"
                + "\"firstName\":" + quote(username.replaceAll("[^A-Za-z]", " ").trim()) + ",\"lastName\":\"Prueba\","
                + "\"email\":" + quote(username + "@test.taskforce.example") + ","
                + "\"credentials\":[{\"type\":\"password\",\"value\":" + quote(password) + ",\"temporary\":false}],"
                + "\"groups\":[" + groups.stream().map(KeycloakConsole::quote).collect(Collectors.joining(",")) + "],"
                + "\"attributes\":{" + attributes.entrySet().stream()
                        .map(a -> quote(a.getKey()) + ":[" + quote(a.getValue()) + "]")
                        .collect(Collectors.joining(",")) + "}}";
        send("POST", realm + "/users", json);
        String id = userId(username);
        if (!realmRoles.isEmpty()) {
            String roles = realmRoles.stream().map(this::realmRole).collect(Collectors.joining(",", "[", "]"));
            send("POST", realm + "/users/" + id + "/role-mappings/realm", roles);
        }
        return id;
    }

    /** Users → the user → Delete. */
    public void deleteUser(String id) throws IOException, InterruptedException {
        send("DELETE", realm + "/users/" + id, null);
    }

    /** Users → the user → Groups → Join group. */
    public void addToGroup(String username, String groupPath) throws IOException, InterruptedException {
        send("PUT", realm + "/users/" + userId(username) + "/groups/" + groupId(groupPath), null);
    }

    /** Users → the user → Groups → Leave. */
    public void removeFromGroup(String username, String groupPath) throws IOException, InterruptedException {
        send("DELETE", realm + "/users/" + userId(username) + "/groups/" + groupId(groupPath), null);
    }

    /**
     * Clients → portal → Advanced → Access token lifespan: the portal's tokens last this long from now on, instead of
     * the realm's five minutes; {@code null} takes the setting away again (the realm's lifespan applies).
     */
    public void portalAccessTokenLifespan(Integer seconds) throws IOException, InterruptedException {
        String client = firstId(send("GET", realm + "/clients?clientId=portal", null));
        send("PUT", realm + "/clients/" + client,
                "{\"attributes\":{\"access.token.lifespan\":\"" + (seconds == null ? "" : seconds) + "\"}}");
    }

    /**
     * Users → the user → Sessions: when Keycloak last heard of the account's newest session (a sign-in or a token
     * refresh), in milliseconds since the epoch, to the second.
     */
    public long lastAccessOfNewestSession(String username) throws IOException, InterruptedException {
        String sessions = send("GET", realm + "/users/" + userId(username) + "/sessions", null);
        Matcher session = SESSION_TIMES.matcher(sessions);
        long newestStart = -1;
        long lastAccess = -1;
        while (session.find()) {
            long start = Long.parseLong(session.group(1));
            if (start > newestStart) {
                newestStart = start;
                lastAccess = Long.parseLong(session.group(2));
            }
        }
        if (newestStart < 0) {
            throw new IllegalStateException(username + " has no session in Keycloak: " + sessions);
        }
        return lastAccess;
    }

    private String realmRole(String name) {
        try {
            return send("GET", realm + "/roles/" + encode(name), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String userId(String username) throws IOException, InterruptedException {
        return firstId(send("GET", realm + "/users?exact=true&username=" + encode(username), null));
    }

    private String groupId(String path) throws IOException, InterruptedException {
        return firstId(send("GET", realm + "/group-by-path" + path, null));
    }

    private static String firstId(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("Keycloak has no such user or group: " + json);
        }
        return id.group(1);
    }

    private String send(String method, String url, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + adminToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + encode(System.getProperty("keycloak.admin.username", "admin"))
                + "&password=" + encode(System.getProperty("keycloak.admin.password", "admin"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no administrator token from Keycloak: HTTP " + answer.statusCode());
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
