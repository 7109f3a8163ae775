package org.taskforce.portal.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;

/**
 * Binds the transaction of a {@link TaskForceBound} call to the current task force: sets {@code app.tenant_id} for
 * this transaction only ({@code set_config(..., true)}: pooled connections never carry it over to the next one),
 * after which PostgreSQL's row-level security admits that task force's rows and no others. It also names the
 * {@link CurrentActor} to the database ({@code app.actor}, {@code app.actor_name}, {@code app.address}), which audits
 * every row written under that name and refuses writes without one.
 */
@TaskForceBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TaskForceIsolation {

    @Inject
    CurrentTaskForce current;

    @Inject
    CurrentActor actor;

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        bind(em, current.require(), actor.get().orElse(null));
        return invocation.proceed();
    }

    /**
     * Binds the current transaction of an entity manager to a task force, for EclipseLink ({@link TaskForceOwned})
     * and for the database. {@link TaskForceBound} services get this done for them.
     *
     * @param actor who acts; {@code null} leaves the transaction able to read but not to write
     */
    public static void bind(EntityManager em, long taskForceId, Actor actor) {
        em.setProperty(TaskForceOwned.TENANT_PROPERTY, taskForceId);
        bindDatabase(em, taskForceId, actor);
    }

    /**
     * Binds only the database side of the current transaction to a task force: for the few services that work across
     * task forces one at a time with plain SQL (sign-in brings a person's memberships in step). Flushes first, so that
     * pending writes go out under the task force they were made for.
     */
    public static void bindDatabase(EntityManager em, long taskForceId, Actor actor) {
        em.flush();
        em.createNativeQuery("""
                        select set_config('app.tenant_id', ?1, true), set_config('app.actor', ?2, true),
                               set_config('app.actor_name', ?3, true), set_config('app.address', ?4, true)""")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, Long.toString(taskForceId))
                .setParameter(2, actor == null ? "" : actor.subject())
                .setParameter(3, actor == null || actor.name() == null ? "" : actor.name())
                .setParameter(4, actor == null || actor.address() == null ? "" : actor.address())
                .getSingleResult();
    }
}
