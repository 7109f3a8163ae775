package org.taskforce.portal.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import org.eclipse.persistence.config.QueryHints;
import org.taskforce.portal.audit.boundary.Actor;

/**
 * The one way a transaction comes to work for a task force: EclipseLink's tenant property ({@link TaskForceOwned})
 * and the database's {@code app.*} settings (through {@code portal_act_for}, for this transaction only) are set
 * together, here and nowhere else. {@link TaskForceBound} services get this done by {@link TaskForceIsolation} for the
 * person's {@link CurrentTaskForce}; {@link #actFor} is for the few that must act for a task force nobody chose in this
 * request.
 *
 * <p>The invariants, kept for the whole transaction:
 * <ul>
 * <li>A transaction that a {@link TaskForceBound} call has bound stays in that task force: {@link #actFor} for another
 * one is refused, and so is a {@link TaskForceBound} call in a transaction that works for another one.</li>
 * <li>Moving to another task force first flushes the pending writes (they go out under the task force they were made
 * for) and then clears the persistence context, so that no record read in the task force before comes back from
 * memory in the next one. Entities loaded before are detached by then: load again what is changed after.</li>
 * <li>There is no binding outside a transaction: {@code set_config(..., true)} would end with the statement.</li>
 * <li>A transaction has one actor: acting as someone else in a transaction that acts as someone already is refused.
 * The database audits the rows at commit ({@code audit_write} is deferred), under the actor set last, so a second
 * actor would have been recorded for the first one's writes too.</li>
 * <li>Binding a transaction again as it is bound (a page's services called in one transaction, a service calling
 * another) sets nothing again.</li>
 * </ul>
 */
// Dependent: no client proxy, so TaskForceIsolation calls its package-private entry on the instance itself.
@Dependent
public class TaskForceBinding {

    /** What this transaction is bound to: kept in the transaction itself, so it ends with it. */
    private record Binding(long taskForceId, boolean forPerson, Actor actor) {
    }

    /** The key of the binding among the transaction's resources. */
    private static final Object BINDING = Binding.class;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Makes the rest of the current transaction work for the given task force, as the given actor: EclipseLink adds
     * that task force to every query on a {@link TaskForceOwned} entity, row-level security admits its rows only, and
     * the audit trigger records the actor with every row written.
     *
     * <p>Only for work that no person chose a task force for in this request, each use named in the Javadoc of its
     * caller: sign-in bringing a person's memberships in step (one task force after another), the iCal feed (the task
     * force of a secret token), and a membership removed by a coordinator inside their own task force. It is safe
     * because the caller takes the task force from what the database or the verified token says (the person's
     * memberships, the secret token's subscription), never from a URL or a form field, and because the invariants of this class hold: it cannot move a
     * {@link TaskForceBound} transaction elsewhere, and it never carries records from one task force into another.
     *
     * @param actor who acts, for the audit trail; never {@code null}: work for another task force is always someone's
     * @throws IllegalStateException outside a transaction, or inside one that a {@link TaskForceBound} call bound to
     *     another task force
     */
    public void actFor(long taskForceId, Actor actor) {
        bind(taskForceId, Objects.requireNonNull(actor, "actor"), false);
    }

    /**
     * Binds the transaction of a {@link TaskForceBound} call to the person's task force ({@link TaskForceIsolation}).
     *
     * @param actor {@code null} leaves the transaction able to read but not to write
     */
    void bindForPerson(long taskForceId, Actor actor) {
        bind(taskForceId, actor, true);
    }

    private void bind(long taskForceId, Actor actor, boolean forPerson) {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("a task force is bound to a transaction, and there is none");
        }
        Binding before = (Binding) transaction.getResource(BINDING);
        boolean moving = before != null && before.taskForceId() != taskForceId;
        if (moving && (forPerson || before.forPerson())) {
            throw new IllegalStateException("this transaction works for task force " + before.taskForceId()
                    + " with a task-force-bound call in it: it cannot move to task force " + taskForceId);
        }
        if (before != null && before.actor() != null && actor != null && !before.actor().equals(actor)) {
            throw new IllegalStateException("this transaction acts as " + before.actor().subject()
                    + ": it cannot act as " + actor.subject() + " too (its writes are audited at commit, under one actor)");
        }
        // Bound so already: nothing to set again, and nothing to flush, since the settings stay the same.
        boolean same = before != null && before.taskForceId() == taskForceId && Objects.equals(before.actor(), actor);
        if (!same) {
            em.flush();
            if (moving) {
                em.clear();
            }
            em.setProperty(TaskForceOwned.TENANT_PROPERTY, taskForceId);
            em.createNativeQuery("select portal_act_for(?1, cast(?2 as varchar), cast(?3 as varchar),"
                            + " cast(?4 as varchar))")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, taskForceId)
                    .setParameter(2, actor == null ? null : actor.subject())
                    .setParameter(3, actor == null ? null : actor.name())
                    .setParameter(4, actor == null ? null : actor.address())
                    .getResultList();
        }
        transaction.putResource(BINDING,
                new Binding(taskForceId, forPerson || before != null && before.forPerson(), actor));
    }
}
