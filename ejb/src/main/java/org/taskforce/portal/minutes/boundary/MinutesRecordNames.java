package org.taskforce.portal.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.taskforce.portal.audit.boundary.Ids;
import org.taskforce.portal.audit.boundary.RecordNames;
import org.taskforce.portal.minutes.control.MinutesReader;

/**
 * Names the minutes' records in the audit trail: a meeting by its title, an agenda item by its title and its meeting's,
 * an attendee or guest by their name and the meeting, an outcome, action, review or comment by what it says and the
 * meeting, an approved revision by the meeting and its number.
 * Only for a reader who sees the meeting (the same rule as every query of the minutes, {@code MinutesQueries.SEEN}):
 * a restricted meeting's records stay unnamed to a coordinator of another agency. The queries run under the current
 * task force (row-level security), so another task force's id names nothing.
 */
@ApplicationScoped
public class MinutesRecordNames implements RecordNames {

    /** The meeting {@code m} is seen by the reader of agency {@code ?1}: {@code MinutesQueries.SEEN} in SQL. */
    private static final String SEEN = " and (m.visibility = 'TASK_FORCE' or exists (select 1 from meeting_agency s"
            + " where s.meeting_id = m.id and s.agency_code = ?1))";

    /** For each table, the query of its rows' names; {@code %s} is the list of ids (numbers only, see {@link Ids}). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("meeting", "select m.id, m.title from meeting m where m.id in (%s)" + SEEN),
            Map.entry("meeting_agency", """
                    select x.id, x.agency_code || ' · ' || m.title from meeting_agency x
                    join meeting m on m.id = x.meeting_id where x.id in (%s)""" + SEEN),
            Map.entry("meeting_attendee", """
                    select x.id, p.display_name || ' · ' || m.title from meeting_attendee x
                    join member_profile p on p.id = x.member_id join meeting m on m.id = x.meeting_id
                    where x.id in (%s)""" + SEEN),
            Map.entry("meeting_guest", """
                    select x.id, x.name || ' · ' || m.title from meeting_guest x
                    join meeting m on m.id = x.meeting_id where x.id in (%s)""" + SEEN),
            Map.entry("agenda_item", """
                    select x.id, x.title || ' · ' || m.title from agenda_item x
                    join meeting m on m.id = x.meeting_id where x.id in (%s)""" + SEEN),
            Map.entry("outcome", """
                    select x.id, left(x.text, 80) || ' · ' || m.title from outcome x
                    join agenda_item i on i.id = x.item_id join meeting m on m.id = i.meeting_id
                    where x.id in (%s)""" + SEEN),
            Map.entry("meeting_action", """
                    select x.id, left(o.text, 80) || ' · ' || m.title from meeting_action x
                    join outcome o on o.id = x.outcome_id join meeting m on m.id = x.meeting_id
                    where x.id in (%s)""" + SEEN),
            Map.entry("minutes_comment", """
                    select x.id, left(x.text, 80) || ' · ' || m.title from minutes_comment x
                    join meeting m on m.id = x.meeting_id where x.id in (%s)""" + SEEN),
            Map.entry("minutes_version", """
                    select x.id, m.title || ' · ' || x.revision from minutes_version x
                    join meeting m on m.id = x.meeting_id where x.id in (%s)""" + SEEN),
            Map.entry("action_review", """
                    select x.id, left(o.text, 80) || ' · ' || r.title from action_review x
                    join meeting_action a on a.id = x.action_id join outcome o on o.id = a.outcome_id
                    join meeting m on m.id = a.meeting_id join meeting r on r.id = x.meeting_id
                    where x.id in (%s)""" + SEEN
                    + " and (r.visibility = 'TASK_FORCE' or exists (select 1 from meeting_agency t"
                    + " where t.meeting_id = r.id and t.agency_code = ?1))"));

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesReader reader;

    @Override
    public Set<String> recordTypes() {
        return NAMES.keySet();
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> ids) {
        return NAMES.containsKey(recordType) ? Ids.namesBySql(em, NAMES.get(recordType), ids, reader.agency()) : Map.of();
    }
}
