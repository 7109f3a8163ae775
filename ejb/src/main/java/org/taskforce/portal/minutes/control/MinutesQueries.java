package org.taskforce.portal.minutes.control;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.taskforce.portal.minutes.entity.Meeting;
import org.taskforce.portal.taskforce.entity.Agency;

/**
 * The one rule of who sees a meeting, as a JPQL condition on a {@code Meeting} aliased {@code m} with the parameter
 * {@code :agency} (the reader's agency code; {@code ""} for none): every member sees a meeting of the whole task force,
 * and the members of the agencies listed see a restricted one. Every query of the minutes services on meetings, their
 * items, outcomes, actions and reviews joins the meeting and carries this condition, so that a restricted meeting
 * reaches nobody of another agency through any list, count, page or export, coordinators included. The task force
 * itself is added by EclipseLink (and row-level security underneath).
 */
public final class MinutesQueries {

    /** The condition: {@code m} is seen by a reader of agency {@code :agency}. */
    public static final String SEEN = """
            (m.visibility = org.taskforce.portal.minutes.entity.MeetingVisibility.TASK_FORCE
             or m.id in (select r.id from Meeting r join r.agencyCodes c where c = :agency))""";

    private MinutesQueries() {
    }

    /** The meeting of the current task force with this id, if a reader of the agency sees it. */
    public static Optional<Meeting> meeting(EntityManager em, long id, String agency) {
        return em.createQuery("select m from Meeting m where m.id = :id and " + SEEN, Meeting.class)
                .setParameter("id", id).setParameter("agency", agency)
                .getResultStream().findFirst();
    }

    /** The current task force's agencies: name by code. */
    public static Map<String, String> agencyNames(EntityManager em) {
        return em.createQuery("select a from Agency a", Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::getCode, Agency::getName));
    }

    /** The parameter value for a reader's agency: their code, or one that matches no agency. */
    public static String agency(String agencyCode) {
        return agencyCode == null ? "" : agencyCode;
    }
}
