package org.taskforce.portal.calendar.boundary;

import org.taskforce.portal.problem.NotFoundException;

/**
 * The event does not exist, belongs to another task force, or is not for this person to see: the three look the
 * same from outside, on purpose. The web answers 404.
 */
public class EventNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException(long id) {
        super("No calendar event " + id + " for this person", "calendar.error.gone");
    }
}
