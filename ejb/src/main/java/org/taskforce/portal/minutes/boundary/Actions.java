package org.taskforce.portal.minutes.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.taskforce.portal.minutes.control.MinutesQueries;
import org.taskforce.portal.minutes.control.MinutesReader;
import org.taskforce.portal.minutes.entity.ActionState;
import org.taskforce.portal.minutes.entity.MeetingAction;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The actions agreed at the task force's meetings, across meetings, as the signed-in person may see them: only those
 * of meetings they see ({@link MinutesQueries#SEEN}), so that a restricted meeting's actions reach nobody of another
 * agency, not on the Actions page, not on the home page, not in a count.
 */
@Stateless
@TaskForceBound
public class Actions {

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesReader reader;

    /** The actions the filter asks for, the soonest due first. */
    public List<ActionRow> list(@NotNull ActionFilter filter) {
        String condition = switch (filter) {
            case MINE -> " and a.ownerMember.id = :member";
            case MY_AGENCY -> " and (a.ownerAgencyCode = :agency or o.agencyCode = :agency)";
            case OVERDUE -> " and a.state = org.taskforce.portal.minutes.entity.ActionState.OPEN and a.dueOn < :today";
            case ALL -> "";
        };
        TypedQuery<MeetingAction> query = em.createQuery("select a from MeetingAction a join a.meeting m"
                + " left join a.ownerMember o where " + MinutesQueries.SEEN + condition
                + " order by a.dueOn, a.id", MeetingAction.class).setParameter("agency", reader.agency());
        if (filter == ActionFilter.MINE) {
            query.setParameter("member", reader.memberId());
        }
        LocalDate today = LocalDate.now(reader.zone());
        if (filter == ActionFilter.OVERDUE) {
            query.setParameter("today", today);
        }
        Map<String, String> agencies = MinutesQueries.agencyNames(em);
        return query.getResultStream().map(action -> Meetings.row(action, agencies, today)).toList();
    }

    /** The person's own open actions, overdue ones first (for the home page). */
    public List<ActionRow> myOpen() {
        return list(ActionFilter.MINE).stream()
                .filter(row -> row.state() == ActionState.OPEN)
                .sorted((a, b) -> a.overdue() == b.overdue() ? a.dueOn().compareTo(b.dueOn()) : a.overdue() ? -1 : 1)
                .toList();
    }

}
