package org.taskforce.portal.access;

import java.util.List;

/**
 * The Keycloak realm roles the portal knows; the token's {@code roles} claim carries them and the container maps each
 * to the security role of the same name ({@code @RolesAllowed}, {@code isCallerInRole}). Coordinating is per task
 * force (see {@link TaskForceGroups}): the role {@value #COORDINATOR} only says someone coordinates some task force.
 */
public final class PortalRole {

    /** Works in the task forces whose groups they are in. */
    public static final String MEMBER = "member";

    /** Coordinates some task force: given by that task force's coordinators' subgroup, never directly. */
    public static final String COORDINATOR = "coordinator";

    /** Sees every task force's summaries and creates, archives and staffs task forces. */
    public static final String NATIONAL_COORDINATOR = "national-coordinator";

    /** Represents a sponsor (the token's {@code sponsor} attribute) and reviews its trainings' attendance. */
    public static final String LIAISON = "liaison";

    /** Every role, sorted. */
    public static final List<String> ALL = List.of(COORDINATOR, LIAISON, MEMBER, NATIONAL_COORDINATOR);

    private PortalRole() {
    }
}
