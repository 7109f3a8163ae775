package org.taskforce.portal.taskforce.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.audit.boundary.Ids;
import org.taskforce.portal.audit.boundary.RecordNames;

/**
 * Names the task force's own records in its audit trail: agencies by name, memberships and accounts by the person's
 * name, the task force by its name. Agencies and memberships are read under the current task force (row-level
 * security), so another task force's id names nothing.
 */
@ApplicationScoped
public class TaskForceRecordNames implements RecordNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> recordTypes() {
        return Set.of("agency", "membership", "TaskForce", ACCOUNT);
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> ids) {
        return switch (recordType) {
            case "agency" -> byId("select a.id, a.name from Agency a where a.id in :ids", Ids.numeric(ids));
            case "membership" -> byId("select m.id, m.member.displayName from Membership m where m.id in :ids",
                    Ids.numeric(ids));
            case "TaskForce" -> pairs("select t.slug, t.name from TaskForce t where t.slug in :ids", List.copyOf(ids));
            case ACCOUNT -> pairs("select p.subject, p.displayName from MemberProfile p where p.subject in :ids",
                    List.copyOf(ids));
            default -> Map.of();
        };
    }

    private Map<String, String> byId(String jpql, List<Long> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery(jpql, Object[].class).setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> row[0].toString(), row -> (String) row[1]));
    }

    private Map<String, String> pairs(String jpql, List<String> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery(jpql, Object[].class).setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1], (a, b) -> a));
    }
}
