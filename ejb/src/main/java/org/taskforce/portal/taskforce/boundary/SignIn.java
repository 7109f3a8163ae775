package org.taskforce.portal.taskforce.boundary;

import java.util.Set;

/**
 * What the identity provider's token says about a person at sign-in.
 *
 * @param subject the token's {@code sub}: stable across renames
 * @param taskForceSlugs the slugs of the {@code /task-forces/<slug>} groups the person belongs to
 */
public record SignIn(String subject, String username, String displayName, String email, String agencyCode,
        Set<String> taskForceSlugs) {

    public SignIn {
        taskForceSlugs = Set.copyOf(taskForceSlugs);
    }
}
