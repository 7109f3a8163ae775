package org.taskforce.portal.home.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.minutes.boundary.Actions;
import org.taskforce.portal.taskforce.boundary.TaskForces;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * Reads the home of the person's current task force in one transaction: each feature's service joins it, so the task
 * force is bound once and a connection taken once, where three calls from the page were three transactions (three
 * connections validated, three bindings, three commits). The home is in every sign-in, and the portal's sign-in
 * has a budget against Keycloak's own form (load benchmark, issue 15).
 */
@Stateless
@TaskForceBound
public class Homes {

    @Inject
    TaskForces taskForces;

    @Inject
    Calendars calendars;

    @Inject
    Actions actions;

    /**
     * The current task force's home as the person sees it.
     *
     * @param nextEvents how many of the next events it shows
     */
    public Home current(int nextEvents) {
        return new Home(taskForces.home(), calendars.upcoming(nextEvents), actions.myOpen());
    }
}
