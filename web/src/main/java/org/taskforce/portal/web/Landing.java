package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.security.TaskForceChoice;

/**
 * Where a person lands after signing in: a national coordinator on the list of task forces, a liaison on their own
 * page, a member in their task force (or on the choice among several), and anyone else on a page that says they
 * belong to no task force. The start page {@code /index.xhtml} only routes here ({@link #route()}); the way back from
 * Keycloak ({@code security.SignedIn}) sends the browser straight to {@link #page()}, one redirect fewer at every
 * sign-in.
 */
@RequestScoped
@Named("landing")
public class Landing {

    @Inject
    Caller caller;

    @Inject
    TaskForceChoice choice;

    /** The person's landing page, as a path within the portal ({@code /taskforce/home.xhtml}). */
    public String page() {
        if (caller.isNationalCoordinator()) {
            return "/overview/task-forces.xhtml";
        }
        if (caller.isLiaison()) {
            return "/liaison/home.xhtml";
        }
        if (choice.current().isPresent() || choice.chooseIfOnlyOne()) {
            return "/taskforce/home.xhtml";
        }
        if (!choice.getAvailable().isEmpty()) {
            return "/taskforce/choose.xhtml";
        }
        return "/no-task-force.xhtml";
    }

    /** The start page's navigation to the landing page. */
    public String route() {
        return page() + "?faces-redirect=true";
    }
}
