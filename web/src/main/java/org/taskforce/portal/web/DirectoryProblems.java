package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.taskforce.portal.provisioning.boundary.DirectoryException;
import org.taskforce.portal.provisioning.boundary.DirectoryFailure;
import org.taskforce.portal.provisioning.boundary.InvitationMailException;

/**
 * Tells the person, in their language, that a change through Keycloak did not happen and why: Keycloak down or too
 * slow (try again in a moment), Keycloak refusing (with its HTTP status for support), or Keycloak unable to send an
 * invitation's e-mail. The request counts as
 * failed, so a dialog stays open with what was typed.
 */
@RequestScoped
public class DirectoryProblems {

    @Inject
    Messages messages;

    public void report(DirectoryFailure problem) {
        if (problem instanceof DirectoryException refused) {
            messages.error("provisioning.error.keycloakRefused", refused.status());
        } else if (problem instanceof InvitationMailException) {
            messages.error("provisioning.error.mail");
        } else {
            messages.error("provisioning.error.keycloakDown");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
