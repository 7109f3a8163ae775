package org.taskforce.portal.provisioning.boundary;

import java.time.OffsetDateTime;

/**
 * A person of the current task force as its coordinator manages them: the Keycloak account (the source of truth for
 * who belongs), whether it holds the coordinator role, and, if they have signed in, when they last did.
 */
public record TaskForcePerson(String userId, String username, String name, String email, String agencyCode,
        String agencyName, boolean coordinator, boolean enabled, OffsetDateTime lastSignInAt) {
}
