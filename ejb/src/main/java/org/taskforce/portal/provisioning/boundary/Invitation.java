package org.taskforce.portal.provisioning.boundary;

/**
 * What the coordinator is told after adding a person.
 *
 * @param temporaryPassword the one-time password of a new account, to pass on to the person by a safe channel (shown
 *        once, never stored by the portal); {@code null} when an existing account joined
 */
public record Invitation(String userId, String username, String temporaryPassword) {

    public boolean newAccount() {
        return temporaryPassword != null;
    }
}
