package org.taskforce.portal.testsupport;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.AgencyType;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.tenancy.TaskForceBinding;

/**
 * Creates the records a test needs, each with names of its own, so that tests never depend on each other's data or
 * on their order.
 */
@Stateless
public class TestData {

    /** Whom the audit trail records for the writes of tests. */
    public static final Actor ACTOR = Actor.portal("integration-test");

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskForceBinding taskForceBinding;

    /** A new task force with a unique slug that starts with the given prefix. */
    public TaskForce taskForce(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TaskForce taskForce = new TaskForce(slug, "Mesa " + slug, "Departamento " + prefix, "Ciudad " + prefix);
        em.persist(taskForce);
        return taskForce;
    }

    /** An agency of the task force, written inside that task force as row-level security demands. */
    public Agency agency(TaskForce taskForce, String code, AgencyType type, String name) {
        return agencyAs(taskForce, code, type, name, ACTOR);
    }

    /** An agency of the task force written as the given person, whom the audit trail records for it. */
    public Agency agencyAs(TaskForce taskForce, String code, AgencyType type, String name, Actor actor) {
        taskForceBinding.actFor(taskForce.getId(), actor);
        Agency agency = new Agency(em.merge(taskForce), code, type, name);
        em.persist(agency);
        return agency;
    }

    /** Looks an agency up by id from inside a task force, as any task-force-bound service would. */
    public Agency findAgency(long taskForceId, long agencyId) {
        taskForceBinding.actFor(taskForceId, ACTOR);
        return em.find(Agency.class, agencyId);
    }

    /** Runs the work in one transaction, as a service method would: what it calls here joins that transaction. */
    public <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * Inside a transaction bound to the current task force (as any {@link TaskForceBound} service), tries to act for
     * another one.
     */
    @TaskForceBound
    public void actForAnotherTaskForceInside(long otherTaskForceId) {
        taskForceBinding.actFor(otherTaskForceId, ACTOR);
    }

    /**
     * Another person's save of an agency, in a transaction of its own that has committed when this returns: what
     * happens between a test's reading and its writing in a transaction the test holds open.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renameAgencyMeanwhile(long taskForceId, long agencyId, String name) {
        Agency agency = findAgency(taskForceId, agencyId);
        agency.change(agency.getType(), name);
    }

    /** Another person archives a task force, committed when this returns (see {@link #renameAgencyMeanwhile}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void archiveMeanwhile(long taskForceId) {
        em.find(TaskForce.class, taskForceId).archive(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A Keycloak subject nobody else uses. */
    public static String newSubject() {
        return UUID.randomUUID().toString();
    }
}
