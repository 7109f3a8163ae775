package org.taskforce.portal.provisioning.boundary;

import org.taskforce.portal.problem.ConflictException;

/**
 * A coordinator tried to remove, disable or step down themselves: another coordinator (or the national coordination
 * in Keycloak) must do it, so that no task force is left without anyone who can manage it by accident.
 */
public class OwnAccountException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public OwnAccountException() {
        super("A coordinator cannot remove, disable or step down themselves", "provisioning.error.ownAccount");
    }
}
