package org.taskforce.portal.provisioning.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.representations.idm.ErrorRepresentation;
import org.taskforce.portal.problem.ConflictException;
import org.taskforce.portal.problem.FieldProblem;
import org.taskforce.portal.problem.InvalidException;
import org.taskforce.portal.problem.PortalException;

/**
 * Reads why Keycloak refused an account the portal sent, so that the person is told on the field they filled in and
 * in their language, rather than "Keycloak refused (HTTP 400)". The realm's user profile (attribute validators, see
 * {@code realm-config/taskforce-realm.json}) answers 400 with the attribute and the reason's key:
 * {@code {"field":"lastName","errorMessage":"error-person-name-invalid-character","params":["lastName",…]}}, or,
 * for several, {@code {"errors":[…]}}; an account whose e-mail address or user name is taken is answered 409
 * {@code {"errorMessage":"User exists with same email"}} (Keycloak's text, not a key).
 *
 * <p>The portal's forms name the fields as the input records do ({@code NewMember}, {@code NewCoordinator}): the
 * account's {@code username} is its e-mail address, so both are the form's {@code email}; the attribute
 * {@value KeycloakDirectory#AGENCY_ATTRIBUTE} is {@code agencyCode}. Each reason has its message
 * ({@code provisioning.refused.*}); one the portal does not know is still named on its field, with Keycloak's key.
 */
final class AccountRefusal {

    /** The form's field for each account attribute Keycloak names, in the order of the forms. */
    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("username", "email"),
            Map.entry("email", "email"),
            Map.entry("firstName", "firstName"),
            Map.entry("lastName", "lastName"),
            Map.entry(KeycloakDirectory.AGENCY_ATTRIBUTE, "agencyCode"));

    /** The portal's message for each reason of Keycloak's user profile. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("error-person-name-invalid-character", "provisioning.refused.personName"),
            Map.entry("error-username-invalid-character", "provisioning.refused.username"),
            Map.entry("error-invalid-email", "provisioning.refused.email"),
            Map.entry("error-pattern-no-match", "provisioning.refused.pattern"),
            Map.entry("error-invalid-length", "provisioning.refused.length"),
            Map.entry("error-invalid-length-too-long", "provisioning.refused.tooLong"),
            Map.entry("error-invalid-length-too-short", "provisioning.refused.tooShort"),
            Map.entry("error-user-attribute-required", "provisioning.refused.required"),
            Map.entry("missingEmailMessage", "provisioning.refused.required"),
            Map.entry("missingFirstNameMessage", "provisioning.refused.required"),
            Map.entry("missingLastNameMessage", "provisioning.refused.required"),
            Map.entry("error-user-attribute-read-only", "provisioning.refused.readOnly"));

    /** The reasons whose message names the limits the rule sets (Keycloak's params after the attribute: min, max). */
    private static final Set<String> WITH_LIMITS = Set.of("error-invalid-length", "error-invalid-length-too-long",
            "error-invalid-length-too-short");

    /** The message of a reason the portal has no message for: shown with Keycloak's key as {@code {0}}. */
    static final String OTHER_REASON = "provisioning.refused.other";

    /** Keycloak's texts (not keys) for an account that clashes with another on its e-mail address or user name. */
    private static final List<String> TAKEN = List.of("User exists with same email", "User exists with same username");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AccountRefusal() {
    }

    /** What Keycloak's answer says about the account's fields, if it names any. */
    static Optional<PortalException> of(Response answer) {
        return answer == null ? Optional.empty() : of(answer.getStatus(), body(answer));
    }

    /**
     * @param status Keycloak's HTTP status
     * @param body its JSON answer, or {@code null}
     * @return the refusal by field, if the answer names fields (400) or a taken address (409)
     */
    static Optional<PortalException> of(int status, String body) {
        Optional<ErrorRepresentation> error = parse(body);
        if (error.isEmpty()) {
            return Optional.empty();
        }
        if (status == Response.Status.CONFLICT.getStatusCode() && TAKEN.contains(error.get().getErrorMessage())) {
            return Optional.of(new ConflictException("Keycloak: " + error.get().getErrorMessage(), "email",
                    "provisioning.refused.taken"));
        }
        if (status != Response.Status.BAD_REQUEST.getStatusCode()) {
            return Optional.empty();
        }
        List<ErrorRepresentation> errors = error.get().getErrors() == null || error.get().getErrors().isEmpty()
                ? List.of(error.get()) : error.get().getErrors();
        List<FieldProblem> problems = errors.stream()
                .filter(refused -> refused.getField() != null)
                .sorted(Comparator.comparingInt(refused -> position(refused.getField())))
                .map(AccountRefusal::problem)
                .toList();
        return problems.isEmpty() ? Optional.empty() : Optional.of(new InvalidException(problems));
    }

    private static FieldProblem problem(ErrorRepresentation refused) {
        String reason = refused.getErrorMessage();
        String key = REASONS.get(reason);
        if (key == null) {
            return new FieldProblem(field(refused.getField()), OTHER_REASON, String.valueOf(reason));
        }
        if (!WITH_LIMITS.contains(reason) || refused.getParams() == null) {
            return new FieldProblem(field(refused.getField()), key);
        }
        // A limit the rule does not set is null: an empty argument, which that reason's message does not show.
        Object[] limits = Arrays.stream(refused.getParams()).skip(1).map(limit -> limit == null ? "" : limit)
                .toArray();
        return new FieldProblem(field(refused.getField()), key, limits);
    }

    private static String field(String attribute) {
        return FIELDS.stream().filter(field -> field.getKey().equals(attribute)).map(Map.Entry::getValue)
                .findFirst().orElse(attribute);
    }

    private static int position(String attribute) {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (FIELDS.get(i).getKey().equals(attribute)) {
                return i;
            }
        }
        return FIELDS.size();
    }

    private static Optional<ErrorRepresentation> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(body, ErrorRepresentation.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The answer's text: an error answer's entity is buffered, so it can still be read once it was looked at. */
    private static String body(Response answer) {
        try {
            return answer.hasEntity() ? answer.readEntity(String.class) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
