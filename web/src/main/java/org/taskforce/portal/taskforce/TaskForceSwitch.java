package org.taskforce.portal.taskforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.security.Caller;
import org.taskforce.portal.security.TaskForceChoice;
import org.taskforce.portal.web.Messages;

/**
 * Backs the task force chooser ({@code /taskforce/choose.xhtml}) and the switcher in the page header.
 */
@RequestScoped
@Named("taskForceSwitch")
public class TaskForceSwitch {

    @Inject
    TaskForceChoice choice;

    @Inject
    Messages messages;

    @Inject
    Caller caller;

    @Inject
    AuditTrail auditTrail;

    /** Enters the given task force, if it is one of the caller's own. */
    public String choose(String slug) {
        if (!choice.choose(slug)) {
            auditTrail.recordDenied(null, AuditAction.TASK_FORCE_ENTERED, "TaskForce", slug);
            messages.error("taskforce.choose.notYours");
            return null;
        }
        return "/taskforce/home?faces-redirect=true";
    }
}
