package org.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.taskforce.portal.provisioning.boundary.DirectoryException;
import org.taskforce.portal.provisioning.boundary.DirectoryFailure;

/**
 * Tells the person, in their language, that a change through Keycloak did not happen and why: Keycloak down or too
 * slow (try again in a moment), or Keycloak refusing (with its HTTP status for support). The request counts as
 * failed, so a dialog stays open with what was typed.
 */
@RequestScoped
public class DirectoryProblems {

    @Inject
    Messages messages;

    public void report(DirectoryFailure problem) {
        if (problem instanceof DirectoryException refused) {
            messages.error("provisioning.error.keycloakRefused", refused.status());
        } else {
            messages.error("provisioning.error.keycloakDown");
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
