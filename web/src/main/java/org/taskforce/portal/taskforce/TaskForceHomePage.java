package org.taskforce.portal.taskforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.taskforce.portal.calendar.boundary.Calendars;
import org.taskforce.portal.calendar.boundary.Occurrence;
import org.taskforce.portal.minutes.boundary.ActionRow;
import org.taskforce.portal.minutes.boundary.Actions;
import org.taskforce.portal.security.TaskForceChoice;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForces;

/**
 * Backs {@code /taskforce/home.xhtml}: the current task force, its next events and its members grouped by agency.
 */
@ViewScoped
@Named("taskForceHomePage")
public class TaskForceHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the next events the home shows. */
    private static final int UPCOMING = 5;

    @Inject
    transient TaskForceChoice choice;

    @Inject
    transient TaskForces taskForces;

    @Inject
    transient Calendars calendars;

    private TaskForceHome home;

    private List<Occurrence> upcoming;

    @Inject
    transient Actions actions;

    private List<ActionRow> myActions;

    /** Loads the home of the task force chosen in this session; without one, back to the landing route. */
    public String load() {
        if (choice.current().isEmpty()) {
            return "/index?faces-redirect=true";
        }
        home = taskForces.home();
        upcoming = calendars.upcoming(UPCOMING);
        myActions = actions.myOpen();
        return null;
    }

    public TaskForceHome getHome() {
        return home;
    }

    /** The person's own open actions, overdue first (only of meetings they see). */
    public List<ActionRow> getMyActions() {
        return myActions;
    }

    /** The next events the person may see. */
    public List<Occurrence> getUpcoming() {
        return upcoming;
    }
}
