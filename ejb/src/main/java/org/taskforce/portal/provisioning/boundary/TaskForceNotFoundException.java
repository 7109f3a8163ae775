package org.taskforce.portal.provisioning.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No task force has this slug. */
public class TaskForceNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TaskForceNotFoundException(String slug) {
        super("No task force " + slug, "provisioning.error.noTaskForce");
    }
}
