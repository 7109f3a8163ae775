package org.taskforce.portal.provisioning.boundary;

import org.taskforce.portal.problem.ConflictException;

/** Another task force, active or archived, already has this slug; nothing was created. */
public class SlugTakenException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public SlugTakenException(String slug) {
        super("The slug " + slug + " is taken", "slug", "provisioning.error.slugTaken");
    }
}
