package org.taskforce.portal.taskforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.Membership;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * The people of the portal: their profiles, refreshed at each sign-in, and the task forces they belong to.
 */
@Stateless
public class Members {

    /** The languages the portal speaks. Spanish is the default. */
    public static final String LANGUAGE_PATTERN = "es|en";

    @PersistenceContext
    EntityManager em;

    /**
     * Records a sign-in: creates or refreshes the person's profile from the token and makes their memberships match
     * the task force groups the token names. Groups of task forces the portal does not know are ignored.
     *
     * @return the profile, with the language the person chose last time
     */
    public MemberProfile signIn(@NotNull @Valid SignIn signIn) {
        MemberProfile profile = find(signIn.subject()).orElseGet(() -> new MemberProfile(signIn.subject()));
        profile.refresh(signIn.username(), signIn.displayName(), signIn.email(), signIn.agencyCode(),
                OffsetDateTime.now(ZoneOffset.UTC));
        if (profile.getId() == null) {
            em.persist(profile);
        }

        Set<String> wanted = new HashSet<>(signIn.taskForceSlugs());
        List<Membership> current = em.createNamedQuery(Membership.OF_MEMBER, Membership.class)
                .setParameter("member", profile)
                .getResultList();
        for (Membership membership : current) {
            if (!wanted.remove(membership.getTaskForce().getSlug())) {
                em.remove(membership);
            }
        }
        if (!wanted.isEmpty()) {
            em.createNamedQuery(TaskForce.ACTIVE_BY_SLUGS, TaskForce.class)
                    .setParameter("slugs", wanted)
                    .getResultList()
                    .forEach(taskForce -> em.persist(new Membership(taskForce, profile)));
        }
        return profile;
    }

    public Optional<MemberProfile> find(@NotNull String subject) {
        return em.createNamedQuery(MemberProfile.BY_SUBJECT, MemberProfile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** Remembers the language a person chose, for their next sign-in. */
    public void changeLanguage(@NotNull String subject, @NotNull @Pattern(regexp = LANGUAGE_PATTERN) String language) {
        find(subject).ifPresent(profile -> profile.setLanguage(language));
    }
}
