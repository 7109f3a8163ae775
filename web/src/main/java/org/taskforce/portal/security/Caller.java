package org.taskforce.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.access.TaskForceGroups;
import org.taskforce.portal.taskforce.boundary.SignIn;

/**
 * The person making this request, as their verified identity token describes them. Read anew on every request, so a
 * refreshed token (a group removed in Keycloak, say) takes effect at once.
 */
@RequestScoped
@Named("caller")
public class Caller {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    /** The caller's roles, read once a request (see {@link #hasRole(String)}). */
    private Set<String> roles = Set.of();

    /** The principal whose roles {@link #roles} holds. */
    private Principal rolesOf;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getSubject() {
        return openIdContext.getSubject();
    }

    public String getUsername() {
        return securityContext.getCallerPrincipal().getName();
    }

    public String getDisplayName() {
        String name = claim("name").orElse("").trim();
        return name.isEmpty() ? getUsername() : name;
    }

    public Optional<String> getEmail() {
        return claim("email");
    }

    /** The code of the agency this person works for (user attribute {@code agency}). */
    public Optional<String> getAgency() {
        return claim("agency");
    }

    /** For a liaison: the sponsor they represent (user attribute {@code sponsor}). */
    public Optional<String> getSponsor() {
        return claim("sponsor");
    }

    /**
     * Whether the caller holds the realm role: read from their tokens ({@link TokenRoles}), as the container takes
     * them, once a request. Not {@link SecurityContext#isCallerInRole(String)}: a role the person lacks makes
     * Payara look through the Java policy file and then for an EJB context through JNDI, about half a millisecond,
     * and every page asks for one (the navigation asks whether the person is a national coordinator): 2-4 % of the
     * portal's CPU in the load benchmark's flight recording before this.
     */
    public boolean hasRole(String role) {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return false;
        }
        if (!principal.equals(rolesOf)) {
            roles = TokenRoles.of(openIdContext);
            rolesOf = principal;
        }
        return roles.contains(role);
    }

    /** Whether this person may work inside a task force at all (member or coordinator). */
    public boolean isTaskForceWorker() {
        return hasRole(PortalRole.MEMBER) || hasRole(PortalRole.COORDINATOR);
    }

    public boolean isNationalCoordinator() {
        return hasRole(PortalRole.NATIONAL_COORDINATOR);
    }

    public boolean isLiaison() {
        return hasRole(PortalRole.LIAISON);
    }

    /**
     * Whether this person coordinates some task force (the realm role, which the coordinators' subgroups give): the
     * coarse gate of the coordinators' pages. Which task force they coordinate is {@link #coordinates(String)}.
     */
    public boolean isCoordinator() {
        return hasRole(PortalRole.COORDINATOR);
    }

    /** The slugs of the task forces whose Keycloak group this person is in, sorted. */
    public Set<String> getTaskForceSlugs() {
        return TaskForceGroups.taskForces(groups());
    }

    /**
     * Whether this person coordinates the task force: they are in its group and in its coordinators' subgroup, and hold
     * the realm role that subgroup gives. Coordinating one task force says nothing about another.
     */
    public boolean coordinates(String slug) {
        if (!isCoordinator()) {
            return false;
        }
        List<String> groups = groups();
        return TaskForceGroups.taskForces(groups).contains(slug) && TaskForceGroups.coordinated(groups).contains(slug);
    }

    /** The groups the identity token names, by full path. */
    private List<String> groups() {
        return openIdContext.getIdentityToken().getJwtClaims().getArrayStringClaim("groups");
    }

    /** What sign-in records about this person. */
    public SignIn toSignIn() {
        return new SignIn(getSubject(), getUsername(), getDisplayName(), getEmail().orElse(null),
                getAgency().orElse(null), getTaskForceSlugs());
    }

    /**
     * A claim of the identity token. The realm's mappers put every claim the portal reads there (name, e-mail,
     * {@code agency}, {@code sponsor}, groups, roles: see {@code realm-config}), so a claim the token lacks is one the
     * person does not have. Never {@link OpenIdContext#getClaims()}: that asks Keycloak's UserInfo endpoint anew at
     * each call, through a new HTTP client; reading a liaison's {@code sponsor} for every member did so on each page
     * (6 % of the portal's CPU in the load benchmark's flight recording, and a round trip to Keycloak per page).
     */
    private Optional<String> claim(String name) {
        return openIdContext.getIdentityToken().getJwtClaims().getStringClaim(name)
                .filter(value -> !value.isBlank());
    }
}
