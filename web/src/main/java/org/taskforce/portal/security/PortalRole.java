package org.taskforce.portal.security;

/**
 * The Keycloak realm roles the portal knows; the token's {@code roles} claim carries them and the container maps
 * each to the security role of the same name.
 */
public final class PortalRole {

    public static final String MEMBER = "member";
    public static final String COORDINATOR = "coordinator";
    public static final String NATIONAL_COORDINATOR = "national-coordinator";
    public static final String LIAISON = "liaison";

    private PortalRole() {
    }
}
