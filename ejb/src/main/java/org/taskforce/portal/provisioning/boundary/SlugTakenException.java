package org.taskforce.portal.provisioning.boundary;

import jakarta.ejb.ApplicationException;

/** Another task force, active or archived, already has this slug; nothing was created. */
@ApplicationException(rollback = true)
public class SlugTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SlugTakenException(String slug) {
        super("The slug " + slug + " is taken");
    }
}
