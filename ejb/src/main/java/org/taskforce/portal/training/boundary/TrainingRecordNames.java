package org.taskforce.portal.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.taskforce.portal.audit.boundary.Ids;
import org.taskforce.portal.audit.boundary.RecordNames;

/**
 * Names the training records in the audit trail: a training by its title, a session, topic or sponsor line by its
 * training's title, and everything about a person (participant, trainer, nomination, decision, attendance,
 * certificate) by the person's name and the training's title. The audit trail is read by the task force's
 * coordinators, who see all of these on the training pages; the queries run under the current task force (row-level
 * security), so another task force's id names nothing.
 */
@ApplicationScoped
public class TrainingRecordNames implements RecordNames {

    /** For each table, the query of its rows' names; {@code %s} is the list of ids (numbers only, see {@link Ids}). */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("training", "select t.id, t.title from training t where t.id in (%s)"),
            Map.entry("training_topics", ofTraining("training_topics")),
            Map.entry("training_sponsors", ofTraining("training_sponsors")),
            Map.entry("training_session", ofTraining("training_session")),
            Map.entry("participant", "select p.id, p.name from participant p where p.id in (%s)"),
            Map.entry("certificate", ofPersonInTraining("certificate")),
            Map.entry("training_trainer", ofPersonInTraining("training_trainer")),
            Map.entry("nomination", ofPersonInTraining("nomination")),
            Map.entry("nomination_decision", """
                    select d.id, p.name || ' · ' || t.title from nomination_decision d
                    join nomination n on n.id = d.nomination_id join participant p on p.id = n.participant_id
                    join training t on t.id = n.training_id where d.id in (%s)"""),
            Map.entry("attendance", """
                    select a.id, p.name || ' · ' || t.title from attendance a
                    join participant p on p.id = a.participant_id join training_session s on s.id = a.session_id
                    join training t on t.id = s.training_id where a.id in (%s)"""));

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> recordTypes() {
        return NAMES.keySet();
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> ids) {
        return NAMES.containsKey(recordType) ? Ids.namesBySql(em, NAMES.get(recordType), ids) : Map.of();
    }

    private static String ofTraining(String table) {
        return "select x.id, t.title from " + table + " x join training t on t.id = x.training_id where x.id in (%s)";
    }

    private static String ofPersonInTraining(String table) {
        return "select x.id, p.name || ' · ' || t.title from " + table + " x join participant p on p.id = x.participant_id"
                + " join training t on t.id = x.training_id where x.id in (%s)";
    }
}
