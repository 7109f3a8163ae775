package org.taskforce.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.util.List;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.database.RecordQuery;
import org.taskforce.portal.problem.NotAllowedException;

/**
 * What a sponsor's liaison sees and decides, across task forces: the trainings their sponsor funds (counts only), the
 * nominations waiting for their sponsor's decision (by name; each read is recorded in the audit trail of the task
 * force it reads), and the decision itself. Liaisons belong to no task force: everything goes through the narrow
 * database functions of {@code V9_1__training_liaison.sql}, with the sponsor of the liaison's own token
 * ({@link LiaisonSponsor}), never through the tables.
 */
@Stateless
@RolesAllowed(PortalRole.LIAISON)
public class LiaisonDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiaisonSponsor sponsor;

    @Inject
    CurrentActor actor;

    /** The trainings the sponsor funds, the latest first. */
    public List<SponsorTraining> trainings() {
        return RecordQuery.of(em, SponsorTraining.class, "sponsor_trainings(?1)").parameter(1, sponsorCode())
                .list();
    }

    /** The nominations waiting for the sponsor's decision, the soonest training first. Audited per task force. */
    public List<WaitingNomination> waiting() {
        Actor who = actor.require();
        return RecordQuery.of(em, WaitingNomination.class, "sponsor_waiting_nominations(?1, ?2, ?3, ?4)")
                .parameter(1, sponsorCode()).parameter(2, who.subject()).parameter(3, who.name())
                .parameter(4, who.address()).list();
    }

    /**
     * Approves or declines a nomination for the sponsor.
     *
     * @throws NominationNotFoundException if it is unknown, or of a training the sponsor does not fund (the same
     *         answer: a liaison learns nothing of other sponsors' nominations)
     * @throws AlreadyDecidedException if the sponsor decided it already or it no longer waits
     */
    public void decide(long nominationId, @NotNull @Valid DecisionDraft draft) {
        Actor who = actor.require();
        try {
            em.createNativeQuery("select liaison_decide_nomination(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, sponsorCode()).setParameter(2, nominationId).setParameter(3, draft.approved())
                    .setParameter(4, draft.reason()).setParameter(5, who.subject()).setParameter(6, who.name())
                    .setParameter(7, who.address()).getSingleResult();
        } catch (PersistenceException e) {
            String state = sqlState(e);
            if ("P0002".equals(state)) {
                throw new NominationNotFoundException();
            }
            if ("23505".equals(state)) {
                throw new AlreadyDecidedException();
            }
            throw e;
        }
    }

    private String sponsorCode() {
        return sponsor.code().orElseThrow(() -> new NotAllowedException("a liaison without a sponsor",
                "liaison.noSponsor"));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
