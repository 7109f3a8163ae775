package org.taskforce.portal.taskforce.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.TaskForceBinding;

/**
 * The people of the portal: their profiles, refreshed at each sign-in, and the task forces they belong to.
 */
@Stateless
public class Members {

    /** The languages the portal speaks. Spanish is the default. */
    public static final String LANGUAGE_PATTERN = "es|en";

    private static final String LEAVE = "delete from membership where tenant_id = ?1 and member_id = ?2";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskForces taskForces;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskForceBinding taskForceBinding;

    @Inject
    AuditTrail auditTrail;

    /**
     * Completes a person's sign-in in one transaction: what {@link #signIn} does, and the sign-in's event in the audit
     * trail (chain 0, outside any task force; who and from where: the {@link CurrentActor}). So the trail never claims
     * a sign-in whose profile could not be recorded (the person got the error page), as it did when the event was a
     * transaction of its own before the profile's. The event is appended last: chain 0, which every sign-in appends
     * to, is then held only until the commit.
     *
     * @return the profile, with the language the person chose last time
     */
    @PermitAll
    public MemberProfile completeSignIn(@NotNull @Valid SignIn signIn) {
        MemberProfile profile = signIn(signIn);
        auditTrail.record(null, AuditAction.SIGN_IN, null, null);
        return profile;
    }

    /**
     * A sign-in's profile and memberships, without its audit event ({@link #completeSignIn} is the sign-in): creates
     * or refreshes the person's profile from the token and makes their memberships match the task force groups the
     * token names. Groups of task forces the portal does not know are ignored.
     *
     * @return the profile, with the language the person chose last time
     */
    @PermitAll
    public MemberProfile signIn(@NotNull @Valid SignIn signIn) {
        MemberProfile profile = find(signIn.subject()).orElseGet(() -> new MemberProfile(signIn.subject()));
        profile.refresh(signIn.username(), signIn.displayName(), signIn.email(), signIn.agencyCode(),
                OffsetDateTime.now(ZoneOffset.UTC));
        if (profile.getId() == null) {
            em.persist(profile);
        }
        em.flush();
        bringMembershipsInStep(profile, signIn.taskForceSlugs());
        return profile;
    }

    /**
     * Makes the person's memberships those of the task forces their token names (and the portal knows). Memberships
     * are task-force-owned, so each change is made inside its own task force; which task forces the person is in now
     * comes from {@code task_forces_of_member}, one of the narrow functions that read across task forces.
     */
    private void bringMembershipsInStep(MemberProfile profile, Set<String> slugs) {
        Set<Long> wanted = new HashSet<>();
        taskForces.active(slugs).forEach(taskForce -> wanted.add(taskForce.getId()));
        Set<Long> current = taskForcesOf(profile.getId());

        // The person's own sign-in changes their memberships: they are the actor the audit trigger records.
        Actor actor = new Actor(profile.getSubject(), profile.getUsername(),
                currentActor.get().map(Actor::address).orElse(null));
        for (Long left : difference(current, wanted)) {
            change(left, profile, actor, LEAVE);
        }
        for (Long joined : difference(wanted, current)) {
            change(joined, profile, actor,
                    "insert into membership (tenant_id, member_id) values (?1, ?2) on conflict do nothing");
        }
    }

    /**
     * The ids of the task forces a person has a membership row in, read across task forces through
     * {@code task_forces_of_member}, one of the narrow functions that may.
     */
    @PermitAll
    public Set<Long> taskForcesOf(long memberId) {
        Set<Long> ids = new HashSet<>();
        em.createNativeQuery("select task_forces_of_member(?1)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, memberId)
                .getResultStream()
                .forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /**
     * Runs one membership statement inside its task force; the database audits it there, in this transaction. One of
     * the few uses of {@link TaskForceBinding#actFor}: sign-in works through the person's task forces one after
     * another (which ones comes from their verified token and the database, never from a URL or a form field), and a
     * coordinator's removal works in the coordinator's own task force.
     */
    private void change(long taskForceId, MemberProfile profile, Actor actor, String sql) {
        taskForceBinding.actFor(taskForceId, actor);
        em.createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, taskForceId)
                .setParameter(2, profile.getId())
                .executeUpdate();
    }

    private static Set<Long> difference(Set<Long> from, Set<Long> without) {
        Set<Long> result = new HashSet<>(from);
        result.removeAll(without);
        return result;
    }

    /**
     * Whether the person's access was taken away (removed from a task force, account disabled) after the given
     * moment: a portal session begun before that must end.
     */
    @PermitAll
    public boolean accessRevokedSince(@NotNull String subject, @NotNull OffsetDateTime since) {
        return find(subject)
                .map(MemberProfile::getAccessRevokedAt)
                .filter(revoked -> revoked.isAfter(since))
                .isPresent();
    }

    /**
     * Takes the person's membership row in a task force away (a coordinator removed them; their group in Keycloak is
     * left by the caller). A person who never signed in has no row, and nothing happens.
     */
    @RolesAllowed(PortalRole.COORDINATOR)
    public void leave(@NotNull String subject, long taskForceId, @NotNull Actor actor) {
        find(subject).ifPresent(profile -> change(taskForceId, profile, actor, LEAVE));
    }

    /** Ends every portal session the person has now, at its next request ({@link #accessRevokedSince}). */
    @RolesAllowed({PortalRole.COORDINATOR, PortalRole.NATIONAL_COORDINATOR})
    public void revokeAccess(@NotNull String subject) {
        find(subject).ifPresent(profile -> profile.revokeAccess(OffsetDateTime.now(ZoneOffset.UTC)));
    }

    @PermitAll
    public Optional<MemberProfile> find(@NotNull String subject) {
        return em.createNamedQuery(MemberProfile.BY_SUBJECT, MemberProfile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** Remembers the language a person chose, for their next sign-in. */
    @PermitAll
    public void changeLanguage(@NotNull String subject,
            @NotNull @Pattern(regexp = LANGUAGE_PATTERN, message = "{validation.language}") String language) {
        find(subject).ifPresent(profile -> profile.setLanguage(language));
    }
}
