package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.security.TaskForceChoice;

/**
 * Where a person lands after signing in (the start page {@code /index.xhtml} only routes):
 * a national coordinator on the list of task forces, a liaison on their own page, a member in their task force (or
 * on the choice among several), and anyone else on a page that says they belong to no task force.
 */
@RequestScoped
@Named("landing")
public class Landing {

    @Inject
    Caller caller;

    @Inject
    TaskForceChoice choice;

    public String route() {
        if (caller.isNationalCoordinator()) {
            return "/overview/task-forces?faces-redirect=true";
        }
        if (caller.isLiaison()) {
            return "/liaison/home?faces-redirect=true";
        }
        if (choice.current().isPresent() || choice.chooseIfOnlyOne()) {
            return "/taskforce/home?faces-redirect=true";
        }
        if (!choice.getAvailable().isEmpty()) {
            return "/taskforce/choose?faces-redirect=true";
        }
        return "/no-task-force?faces-redirect=true";
    }
}
