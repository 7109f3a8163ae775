package org.taskforce.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taskforce.portal.provisioning.boundary.Delivery;

/**
 * The ways a new account's person may get in that the invitation and appointment dialogs offer: always a one-time
 * password; Keycloak's e-mail too where its realm has a mail server, which operators declare with
 * {@code portal.invitations.email} (the portal's service account cannot read the realm's mail settings).
 */
@ApplicationScoped
@Named("deliveries")
public class Deliveries {

    @Inject
    @ConfigProperty(name = "portal.invitations.email", defaultValue = "false")
    boolean emailOffered;

    public boolean isEmailOffered() {
        return emailOffered;
    }

    /** The choices, in the order the dialogs list them. */
    public List<Delivery> getChoices() {
        return List.of(Delivery.values());
    }

    /** What a dialog starts with: Keycloak's e-mail where it is offered. */
    public Delivery preferred() {
        return emailOffered ? Delivery.EMAIL : Delivery.ONE_TIME_PASSWORD;
    }

    /** The way to use for what the person chose: a one-time password unless the e-mail is offered and chosen. */
    public Delivery allowed(Delivery chosen) {
        return emailOffered && chosen != null ? chosen : Delivery.ONE_TIME_PASSWORD;
    }
}
