package org.taskforce.portal.taskforce.boundary;

import org.taskforce.portal.problem.NotFoundException;

/** No agency with this id in the current task force (another task force's agency is answered the same way). */
public class AgencyNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public AgencyNotFoundException() {
        super("No such agency in this task force", "agency.error.notFound");
    }
}
