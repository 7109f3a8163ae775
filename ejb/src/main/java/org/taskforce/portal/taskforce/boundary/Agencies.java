package org.taskforce.portal.taskforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.taskforce.portal.database.OptimisticLocking;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;

/**
 * The agencies of the current task force, which its coordinators keep ({@link CoordinatorsOnly}): add one, rename
 * it or change its type; everyone in the task force reads the list. An agency is never deleted here (people's
 * accounts and records name it). Records are found by (task force, id): the id of another task force's agency is
 * answered like an id that does not exist. Every write is audited by the database (the agency table is
 * task-force-owned).
 */
@Stateless
@TaskForceBound
public class Agencies {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTaskForce current;

    /** The task force's agencies, by name. */
    public List<Agency> list() {
        return em.createQuery("select a from Agency a order by a.name", Agency.class).getResultList();
    }

    /** @throws AgencyCodeTakenException if the task force already has an agency with this code */
    @CoordinatorsOnly
    public Agency add(@NotNull @Valid AgencyDraft draft) {
        boolean taken = list().stream().anyMatch(agency -> agency.getCode().equals(draft.code()));
        if (taken) {
            throw new AgencyCodeTakenException(draft.code());
        }
        Agency agency = new Agency(em.find(TaskForce.class, current.require()), draft.code(), draft.type(),
                draft.name());
        em.persist(agency);
        return agency;
    }

    /**
     * Renames an agency or changes its type; its code stays. Two coordinators may have the agency open at once: the
     * save is made only over the version the form was opened with, so the second of two saves is refused.
     *
     * @param openedVersion the agency's {@link Agency#getVersion() version} when the form showed it
     * @throws org.taskforce.portal.problem.ConflictException ({@code agency.error.changedMeanwhile}) if someone saved
     *         the agency since; nothing is written
     */
    @CoordinatorsOnly
    public Agency change(long id, int openedVersion, @NotNull @Valid AgencyDraft draft) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new AgencyNotFoundException();
        }
        OptimisticLocking.edit(em, agency, openedVersion, "agency.error.changedMeanwhile",
                changed -> changed.change(draft.type(), draft.name()));
        return agency;
    }
}
