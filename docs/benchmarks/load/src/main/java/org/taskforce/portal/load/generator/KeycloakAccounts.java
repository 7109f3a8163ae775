package org.taskforce.portal.load.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taskforce.portal.load.generator.Population.Person;
import org.taskforce.portal.load.generator.Population.TaskForce;

/**
 * Creates the population's accounts in Keycloak with its Admin REST API, as the portal's provisioning leaves them:
 * a group {@code /task-forces/<slug>} per task force with a subgroup {@code coordinators} that carries the realm role
 * {@code coordinator}; every person of a task force in its group with the realm role {@code member} and the
 * attribute {@code agency}; coordinators also in the subgroup; liaisons with the role {@code liaison} and the
 * attribute {@code sponsor}; national coordinators with {@code national-coordinator}. Only those who sign in during
 * the test get a password (hashing thousands would take minutes); the others exist so that the people page lists a
 * task force's 200 people from Keycloak, as it does in production. Users come with the partial import, in batches.
 */
final class KeycloakAccounts {

    private static final String REALM = "taskforce";
    private static final int BATCH = 250;

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String token;

    KeycloakAccounts(String url) {
        this.url = url.replaceAll("/$", "");
    }

    /** Creates the groups and accounts; returns the number of accounts made. */
    int create(Population population, String adminUser, String adminPassword)
            throws IOException, InterruptedException {
        token = adminToken(adminUser, adminPassword);
        String parent = send("GET", "/group-by-path/task-forces", null).get("id").asText();
        JsonNode coordinatorRole = send("GET", "/roles/coordinator", null);
        for (TaskForce tf : population.taskForces()) {
            String group = childGroup(parent, tf.slug());
            String coordinators = childGroup(group, "coordinators");
            send("POST", "/groups/" + coordinators + "/role-mappings/realm", List.of(coordinatorRole));
        }
        List<Map<String, Object>> users = new ArrayList<>();
        for (Person person : population.everyone()) {
            users.add(user(person, population));
        }
        for (int from = 0; from < users.size(); from += BATCH) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ifResourceExists", "SKIP");
            body.put("users", users.subList(from, Math.min(users.size(), from + BATCH)));
            JsonNode result = send("POST", "/partialImport", body);
            if (result.path("added").asInt() + result.path("skipped").asInt()
                    != Math.min(BATCH, users.size() - from)) {
                throw new IllegalStateException("partial import of users answered " + result);
            }
            token = adminToken(adminUser, adminPassword); // big imports outlast the admin token's minute
        }
        return users.size();
    }

    private static Map<String, Object> user(Person person, Population population) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", person.subject());
        user.put("username", person.username());
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("firstName", person.firstName());
        user.put("lastName", person.lastName());
        user.put("email", person.email());
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        if (person.agencyCode() != null) {
            attributes.put("agency", List.of(person.agencyCode()));
        }
        if (person.sponsor() != null) {
            attributes.put("sponsor", List.of(person.sponsor()));
        }
        user.put("attributes", attributes);
        if (person.signsIn()) {
            user.put("credentials", List.of(Map.of("type", "password", "value", Population.PASSWORD,
                    "temporary", false)));
        }
        user.put("requiredActions", List.of());
        switch (person.role()) {
            case LIAISON -> {
                user.put("realmRoles", List.of("liaison"));
                user.put("groups", List.of());
            }
            case NATIONAL -> {
                user.put("realmRoles", List.of("national-coordinator"));
                user.put("groups", List.of());
            }
            default -> {
                String slug = population.taskForces().get(person.taskForce()).slug();
                user.put("realmRoles", List.of("member"));
                user.put("groups", person.role() == Population.Role.COORDINATOR
                        ? List.of("/task-forces/" + slug, "/task-forces/" + slug + "/coordinators")
                        : List.of("/task-forces/" + slug));
            }
        }
        return user;
    }

    /** The id of the child group of that name, made if missing. */
    private String childGroup(String parent, String name) throws IOException, InterruptedException {
        HttpResponse<String> made = request("POST", "/groups/" + parent + "/children", Map.of("name", name));
        if (made.statusCode() == 201) {
            String location = made.headers().firstValue("Location").orElseThrow();
            return location.substring(location.lastIndexOf('/') + 1);
        }
        if (made.statusCode() != 409) {
            throw new IllegalStateException("group " + name + ": HTTP " + made.statusCode() + " " + made.body());
        }
        for (JsonNode child : send("GET", "/groups/" + parent + "/children?max=1000", null)) {
            if (child.get("name").asText().equals(name)) {
                return child.get("id").asText();
            }
        }
        throw new IllegalStateException("group " + name + " exists but was not found");
    }

    private String adminToken(String user, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(user) + "&password="
                + encode(password);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no admin token: HTTP " + answer.statusCode() + " " + answer.body());
        }
        return json.readTree(answer.body()).get("access_token").asText();
    }

    private JsonNode send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = request(method, path, body);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + answer.statusCode() + " "
                    + answer.body());
        }
        return answer.body().isBlank() ? json.nullNode() : json.readTree(answer.body());
    }

    private HttpResponse<String> request(String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
