package org.taskforce.portal.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.taskforce.portal.audit.boundary.Ids;
import org.taskforce.portal.audit.boundary.RecordNames;
import org.taskforce.portal.calendar.entity.CalendarEvent;

/**
 * Names the calendar's records in the audit trail by their event's title, for a reader who sees that event in the
 * calendar ({@link Viewer#sees}): an operation's title is named only to the people listed on it, as everywhere else.
 * A subscription is named by its subscriber's name.
 */
@ApplicationScoped
public class CalendarRecordNames implements RecordNames {

    @PersistenceContext
    EntityManager em;

    @Inject
    Viewers viewers;

    @Override
    public Set<String> recordTypes() {
        return Set.of("calendar_event", "calendar_attendee", "calendar_occurrence_change", "calendar_subscription");
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> ids) {
        List<Long> numbers = Ids.numeric(ids);
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return switch (recordType) {
            case "calendar_event" -> titles("select e.id, e.id from CalendarEvent e where e.id in :ids", numbers);
            case "calendar_attendee" -> titles("select a.id, a.event.id from Attendee a where a.id in :ids", numbers);
            case "calendar_occurrence_change" ->
                    titles("select c.id, c.event.id from OccurrenceChange c where c.id in :ids", numbers);
            case "calendar_subscription" -> em.createQuery(
                            "select s.id, s.member.displayName from CalendarSubscription s where s.id in :ids",
                            Object[].class)
                    .setParameter("ids", numbers)
                    .getResultStream()
                    .collect(Collectors.toMap(row -> row[0].toString(), row -> (String) row[1]));
            default -> Map.of();
        };
    }

    /**
     * Each record's event title, where the reader sees the event. {@code jpql} selects each record's id and its
     * event's id; the events are then read by an entity query. (Read as {@code select a.id, a.event}, the events came
     * from a report query, and reading one's organiser, which is batch-fetched, failed now and then with
     * EclipseLink-6169: "the original query was not configured to use IN batch fetching".)
     */
    private Map<String, String> titles(String jpql, List<Long> ids) {
        Viewer viewer = viewers.current();
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, CalendarEvent> events = em.createQuery("select e from CalendarEvent e where e.id in :events",
                        CalendarEvent.class)
                .setParameter("events", rows.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList())
                .getResultList().stream()
                .filter(viewer::sees)
                .collect(Collectors.toMap(CalendarEvent::getId, event -> event));
        Map<String, String> titles = new HashMap<>();
        for (Object[] row : rows) {
            CalendarEvent event = events.get(((Number) row[1]).longValue());
            if (event != null) {
                titles.put(row[0].toString(), event.getTitle());
            }
        }
        return titles;
    }
}
