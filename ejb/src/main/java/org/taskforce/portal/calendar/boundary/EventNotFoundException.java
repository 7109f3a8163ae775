package org.taskforce.portal.calendar.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The event does not exist, belongs to another task force, or is not for this person to see: the three look the
 * same from outside, on purpose. The web answers 404.
 */
@ApplicationException(rollback = true)
public class EventNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventNotFoundException(long id) {
        super("No calendar event " + id + " for this person");
    }
}
