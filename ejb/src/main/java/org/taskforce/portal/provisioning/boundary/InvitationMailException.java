package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak could not send the e-mail with the link to choose a password (its realm has no SMTP server, or the server
 * refused). The transaction is rolled back and the new account removed again: nothing was changed. The coordinator
 * can invite with a one-time password instead.
 */
@ApplicationException(rollback = true)
public final class InvitationMailException extends DirectoryFailure {

    private static final long serialVersionUID = 1L;

    public InvitationMailException(Throwable cause) {
        super("Keycloak could not send the invitation e-mail", cause);
    }
}
