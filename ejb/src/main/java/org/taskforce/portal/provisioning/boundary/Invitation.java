package org.taskforce.portal.provisioning.boundary;

/**
 * What the coordinator is told after adding a person.
 *
 * @param temporaryPassword the one-time password of a new account, to pass on to the person by a safe channel (shown
 *        once, never stored by the portal); {@code null} when an existing account joined or Keycloak e-mailed a link
 * @param emailed whether Keycloak sent the person an e-mail with a link to choose their password (a new account, or
 *        one that has not chosen its password yet)
 */
public record Invitation(String userId, String username, String temporaryPassword, boolean emailed) {

    /** Whether the person gets in with a password they have yet to choose (rather than an account in use joining). */
    public boolean newAccount() {
        return temporaryPassword != null || emailed;
    }
}
