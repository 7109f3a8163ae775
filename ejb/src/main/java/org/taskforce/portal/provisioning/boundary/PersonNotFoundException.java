package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The account is not one of the current task force's people: coordinators manage their own task force only, and
 * another task force's person is answered exactly like an account that does not exist.
 */
@ApplicationException(rollback = true)
public class PersonNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonNotFoundException() {
        super("Not a person of this task force");
    }
}
