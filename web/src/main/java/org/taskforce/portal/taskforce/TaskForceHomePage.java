package org.taskforce.portal.taskforce;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.taskforce.portal.security.TaskForceChoice;
import org.taskforce.portal.taskforce.boundary.TaskForceHome;
import org.taskforce.portal.taskforce.boundary.TaskForces;

/**
 * Backs {@code /taskforce/home.xhtml}: the current task force and its members grouped by agency.
 */
@ViewScoped
@Named("taskForceHomePage")
public class TaskForceHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskForceChoice choice;

    @Inject
    transient TaskForces taskForces;

    private TaskForceHome home;

    /** Loads the home of the task force chosen in this session; without one, back to the landing route. */
    public String load() {
        if (choice.current().isEmpty()) {
            return "/index?faces-redirect=true";
        }
        home = taskForces.home();
        return null;
    }

    public TaskForceHome getHome() {
        return home;
    }
}
