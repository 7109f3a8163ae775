package org.taskforce.portal.provisioning.boundary;

/**
 * Keycloak did not do what the portal asked: it could not be reached in time ({@link DirectoryUnavailableException}),
 * it refused ({@link DirectoryException}), or it could not send an invitation's e-mail
 * ({@link InvitationMailException}). Either way the portal's transaction is rolled back and nothing was
 * changed in the portal; the person can try again.
 */
public abstract sealed class DirectoryFailure extends RuntimeException
        permits DirectoryException, DirectoryUnavailableException, InvitationMailException {

    private static final long serialVersionUID = 1L;

    DirectoryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
