package org.taskforce.portal.provisioning.boundary;

/** How the person of a new account gets in for the first time; either way, Keycloak makes them choose a password. */
public enum Delivery {

    /** The portal shows a one-time password once, for the coordinator to pass on by a safe channel. */
    ONE_TIME_PASSWORD,

    /**
     * Keycloak e-mails the person a link to choose their password (valid for
     * {@value org.taskforce.portal.provisioning.control.KeycloakDirectory#EMAIL_LINK_HOURS} hours). Needs the realm's
     * SMTP settings; the portal offers it only where {@code portal.invitations.email} says they are made.
     */
    EMAIL
}
