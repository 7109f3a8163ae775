package org.taskforce.portal.minutes.boundary;

import org.taskforce.portal.problem.NotFoundException;

/**
 * No such meeting (or agenda item, outcome, action) for this person: it does not exist, belongs to another task force,
 * or is a restricted meeting of agencies that are not theirs. The three look the same from outside, on purpose.
 */
public class MeetingNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MeetingNotFoundException(String what, long id) {
        super("No " + what + " " + id + " for this person", "minutes.error.notFound");
    }
}
