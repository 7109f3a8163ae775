package org.taskforce.portal.taskforce.boundary;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.Membership;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The task forces: looking one up, its home page, and the national list.
 */
@Stateless
public class TaskForces {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTaskForce current;

    @PermitAll
    public Optional<TaskForce> findBySlug(@NotNull String slug) {
        return em.createNamedQuery(TaskForce.BY_SLUG, TaskForce.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The active task forces among the given slugs (those of a person's groups), by name. */
    @PermitAll
    public List<TaskForce> active(@NotNull Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(TaskForce.ACTIVE_BY_SLUGS, TaskForce.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    /**
     * The home page of the current task force: who is in it, grouped by agency in the order of the agency names.
     */
    @TaskForceBound
    public TaskForceHome home() {
        TaskForce taskForce = em.find(TaskForce.class, current.require());
        List<Agency> agencies = em.createQuery(
                        "select a from Agency a where a.taskForce = :taskForce order by a.name", Agency.class)
                .setParameter("taskForce", taskForce)
                .getResultList();
        Map<String, List<MemberProfile>> byAgency = em
                .createNamedQuery(Membership.MEMBERS_OF, MemberProfile.class)
                .setParameter("taskForce", taskForce)
                .getResultStream()
                .collect(groupingBy(member -> String.valueOf(member.getAgencyCode()), LinkedHashMap::new,
                        toList()));

        List<TaskForceHome.AgencyGroup> groups = new ArrayList<>();
        for (Agency agency : agencies) {
            List<MemberProfile> people = byAgency.remove(agency.getCode());
            if (people != null) {
                groups.add(new TaskForceHome.AgencyGroup(agency.getCode(), agency.getName(), agency.getType(),
                        people(people)));
            }
        }
        List<MemberProfile> unlisted = byAgency.values().stream().flatMap(List::stream).toList();
        if (!unlisted.isEmpty()) {
            groups.add(new TaskForceHome.AgencyGroup(null, null, null, people(unlisted)));
        }
        return new TaskForceHome(taskForce.getSlug(), taskForce.getName(), taskForce.getDepartment(),
                taskForce.getCity(), List.copyOf(groups));
    }

    /**
     * Every task force with its number of members and agencies, by name: the national coordinator's list. Read
     * through {@code task_force_summaries()}, which counts across task forces and returns nothing but the counts.
     */
    @RolesAllowed(PortalRole.NATIONAL_COORDINATOR)
    public List<TaskForceSummary> summaries() {
        return RecordQuery.of(em, TaskForceSummary.class, "task_force_summaries()").list();
    }

    private static List<TaskForceHome.Person> people(List<MemberProfile> profiles) {
        return profiles.stream()
                .map(p -> new TaskForceHome.Person(p.getDisplayName(), p.getEmail(), p.getLastSignInAt()))
                .toList();
    }
}
