package org.taskforce.portal.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.taskforce.portal.audit.entity.AuditEvent;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * Records and reads the audit trail. A write is recorded in the transaction that makes it, so the trail never claims
 * a change that was rolled back; denials are recorded from outside any transaction (filters, error page, page
 * beans), so they get one of their own and stay recorded whatever happens next. Everyone's actions are recorded;
 * only the coordinators of a task force read and verify its trail.
 */
@Stateless
public class AuditTrail {

    /**
     * How far a list of the trail reaches (forty pages of 25): a search's matches ({@link #matching}) and a period's
     * events ({@link #count}) are counted up to one past it, which means "more than that".
     */
    public static final int SEARCH_COUNT_LIMIT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    @Any
    Instance<RecordNames> recordNames;

    /**
     * Records what the acting person ({@link CurrentActor}: who, and from which address) just did.
     *
     * @param taskForceId the task force whose chain it goes into, or {@code null} for what happens outside any
     *                    (signing in)
     * @param recordType what kind of record it concerns ({@code null} for none), never its content
     */
    @PermitAll
    public long record(Long taskForceId, @NotNull AuditAction action, String recordType, String recordId) {
        return append(taskForceId, action, recordType, recordId, true);
    }

    /** Records what the acting person tried and was refused (a page, a task force that is not theirs). */
    @PermitAll
    public long recordDenied(Long taskForceId, @NotNull AuditAction action, String recordType, String recordId) {
        return append(taskForceId, action, recordType, recordId, false);
    }

    /** Appends an event to its task force's chain (or to chain 0 for events outside any task force). */
    private long append(Long taskForceId, AuditAction action, String recordType, String recordId, boolean allowed) {
        Actor actor = currentActor.require();
        // Typed casts: a null task force would otherwise be bound as text and match no function.
        Object id = em.createNativeQuery("select audit_append(cast(?1 as bigint), cast(?2 as varchar),"
                        + " cast(?3 as varchar), cast(?4 as varchar), cast(?5 as varchar), cast(?6 as varchar),"
                        + " cast(?7 as varchar), cast(?8 as varchar))")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, taskForceId)
                .setParameter(2, actor.subject())
                .setParameter(3, actor.name())
                .setParameter(4, action.name())
                .setParameter(5, recordType)
                .setParameter(6, recordId)
                .setParameter(7, actor.address())
                .setParameter(8, allowed ? "ALLOWED" : "DENIED")
                .getSingleResult();
        return ((Number) id).longValue();
    }

    /** Walks the current task force's chain from its first event. */
    @TaskForceBound
    @CoordinatorsOnly
    public AuditVerification verifyCurrentTaskForce() {
        return RecordQuery.of(em, AuditVerification.class, "audit_verify_current_task_force()").first()
                .orElseGet(() -> new AuditVerification(null,
                        em.createQuery("select count(e) from AuditEvent e", Long.class).getSingleResult()));
    }

    /** A page of the current task force's events that the search asks for, newest first. */
    @TaskForceBound
    @CoordinatorsOnly
    public List<AuditEvent> page(int first, int size, @NotNull AuditSearch search) {
        return query("select e from AuditEvent e", " order by e.id desc", AuditEvent.class, search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * What the given events show in place of ids: the actors' names and the records' names, each feature naming its
     * own records ({@link RecordNames}); one query per actor list and per record type, whatever the page's size.
     */
    @TaskForceBound
    @CoordinatorsOnly
    public AuditNames names(List<AuditEvent> events) {
        Set<String> subjects = events.stream().map(AuditEvent::getActor).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // Actors are people's accounts, named as the feature that names accounts names them.
        Map<String, String> people = namesOf(RecordNames.ACCOUNT, subjects);
        Map<String, Set<String>> idsByType = events.stream()
                .filter(event -> event.getRecordType() != null && event.getRecordId() != null)
                .collect(Collectors.groupingBy(AuditEvent::getRecordType,
                        Collectors.mapping(AuditEvent::getRecordId, Collectors.toSet())));
        Map<String, String> records = new HashMap<>();
        idsByType.forEach((type, ids) -> namesOf(type, ids)
                .forEach((id, name) -> records.put(AuditNames.key(type, id), name)));
        return new AuditNames(people, records);
    }

    /** The names of the records of one type, from the feature that names that type (none if no feature does). */
    private Map<String, String> namesOf(String recordType, Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return recordNames.stream()
                .filter(names -> names.recordTypes().contains(recordType))
                .findFirst()
                .map(names -> names.names(recordType, ids))
                .orElse(Map.of());
    }

    /**
     * How many events of the current task force the period of the search holds (its text is not looked at), up to
     * {@link #SEARCH_COUNT_LIMIT} + 1, which means "more than the limit": what {@link #page} pages through without a
     * text, whose pages stop at the limit. Counting every event of the period read the index entries of two years of a
     * busy task force, 84,000 at fifteen years of history, and grew with the trail (1.9 ms of the page at six months,
     * 23 ms at fifteen years: load benchmark, stop 30); this reads 1,001 at most.
     */
    @TaskForceBound
    @CoordinatorsOnly
    public long count(@NotNull AuditSearch search) {
        return newest(new AuditSearch(null, search.since())).size();
    }

    /**
     * The ids of the current task force's events that a search with a text matches, newest first:
     * {@link #SEARCH_COUNT_LIMIT} + 1 at most, which means "more than the limit". Counting every match read every event
     * of the task force's history that matches (1.3 s for a common name at fifteen years, load benchmark at scale 3);
     * nobody pages through more than forty pages of a search, they narrow it. One reading of the trail gives a search
     * both its count and its pages ({@link #events}): a text that matches nothing reads the period's events once, not
     * once to count and again for the page.
     */
    @TaskForceBound
    @CoordinatorsOnly
    public List<Long> matching(@NotNull AuditSearch search) {
        if (!search.hasText()) {
            throw new IllegalArgumentException("a search without a text matches every event: count them");
        }
        return newest(search);
    }

    /** The ids of the newest events the search finds, {@link #SEARCH_COUNT_LIMIT} + 1 at most, newest first. */
    private List<Long> newest(AuditSearch search) {
        return query("select e.id from AuditEvent e", " order by e.id desc", Long.class, search)
                .setMaxResults(SEARCH_COUNT_LIMIT + 1)
                .getResultList();
    }

    /** The current task force's events among these ids (of {@link #matching}), newest first. */
    @TaskForceBound
    @CoordinatorsOnly
    public List<AuditEvent> events(@NotNull List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AuditEvent e where e.id in :ids order by e.id desc", AuditEvent.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * The query {@code select} + the search's conditions + {@code orderBy}. The period is turned into the id of its first
     * event, found through the index by task force and time, so that every query walks the index by task force and id
     * (V19) and reads the period's events only, whichever plan a text would otherwise lead PostgreSQL to.
     */
    private <T> TypedQuery<T> query(String select, String orderBy, Class<T> type, AuditSearch search) {
        List<String> conditions = new ArrayList<>();
        if (search.since() != null) {
            conditions.add("e.id >= :fromId");
        }
        if (search.hasText()) {
            conditions.add("(lower(e.actorName) like :text or lower(e.action) like :text or e.actor in"
                    + " (select p.subject from MemberProfile p where lower(p.displayName) like :text))");
        }
        TypedQuery<T> query = em.createQuery(select
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy, type);
        if (search.since() != null) {
            query.setParameter("fromId", firstIdSince(search.since()));
        }
        if (search.hasText()) {
            query.setParameter("text", "%" + search.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    /**
     * The id of the current task force's first event at or after {@code since} (ids follow time within a chain: the
     * chain's head serialises its appends), or one past every id when no event is that recent.
     */
    private long firstIdSince(Instant since) {
        return em.createQuery("select e.id from AuditEvent e where e.occurredAt >= :since order by e.occurredAt",
                        Long.class)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(Long.MAX_VALUE);
    }
}
