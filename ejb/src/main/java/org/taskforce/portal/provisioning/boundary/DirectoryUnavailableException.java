package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak could not be reached, or did not answer in time, or failed. The transaction is rolled back: nothing was
 * changed in the portal, and what Keycloak may have done is found and reused when the person retries.
 */
@ApplicationException(rollback = true)
public final class DirectoryUnavailableException extends DirectoryFailure {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(Throwable cause) {
        super("Keycloak cannot be reached or did not answer in time", cause);
    }
}
