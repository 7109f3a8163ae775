package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak answered but refused what the portal asked (a conflict, a rule of the realm's user profile, a missing
 * right of the service account). The transaction is rolled back: nothing was changed in the portal.
 */
@ApplicationException(rollback = true)
public final class DirectoryException extends DirectoryFailure {

    private static final long serialVersionUID = 1L;

    private final int status;

    public DirectoryException(int status) {
        this(status, null);
    }

    public DirectoryException(int status, Throwable cause) {
        super("Keycloak refused the request with HTTP " + status, cause);
        this.status = status;
    }

    /** Keycloak's HTTP status. */
    public int status() {
        return status;
    }
}
