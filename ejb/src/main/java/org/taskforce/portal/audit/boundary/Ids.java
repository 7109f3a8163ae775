package org.taskforce.portal.audit.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/** Record ids as the audit trail stores them (text), read back as numbers for the features' queries. */
public final class Ids {

    private Ids() {
    }

    /** The ids that are numbers; anything else (never written by the portal) is left out. */
    public static List<Long> numeric(Collection<String> ids) {
        return ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /**
     * The names of the records of these ids, by a native query that selects {@code id, name} and lists the ids where
     * it says {@code in (%s)} (only numbers reach it: {@link #numeric}); its own parameters bind from {@code ?1}.
     * For a feature's {@link RecordNames} whose names join several tables; row-level security applies to it.
     */
    public static Map<String, String> namesBySql(EntityManager em, String sql, Collection<String> ids,
            Object... parameters) {
        List<Long> numbers = numeric(ids);
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery(sql.formatted(numbers.stream().map(String::valueOf)
                .collect(Collectors.joining(","))));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> row[0].toString(), row -> (String) row[1]));
    }
}
