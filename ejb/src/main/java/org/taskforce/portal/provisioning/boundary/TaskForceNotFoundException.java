package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** No task force has this slug. */
@ApplicationException(rollback = true)
public class TaskForceNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskForceNotFoundException(String slug) {
        super("No task force " + slug);
    }
}
