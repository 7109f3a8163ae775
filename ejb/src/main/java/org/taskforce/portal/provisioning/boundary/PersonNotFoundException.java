package org.taskforce.portal.provisioning.boundary;

import org.taskforce.portal.problem.NotFoundException;

/**
 * The account is not one of the current task force's people: coordinators manage their own task force only, and
 * another task force's person is answered exactly like an account that does not exist.
 */
public class PersonNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public PersonNotFoundException() {
        super("Not a person of this task force", "provisioning.error.notInTaskForce");
    }
}
