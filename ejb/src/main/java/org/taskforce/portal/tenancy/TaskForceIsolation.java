package org.taskforce.portal.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;

/**
 * Binds the transaction of a {@link TaskForceBound} call to the current task force: sets {@code app.tenant_id} for
 * this transaction only ({@code set_config(..., true)}: pooled connections never carry it over to the next one),
 * after which PostgreSQL's row-level security admits that task force's rows and no others.
 */
@TaskForceBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TaskForceIsolation {

    @Inject
    CurrentTaskForce current;

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        bind(em, current.require());
        return invocation.proceed();
    }

    /**
     * Binds the current transaction of an entity manager to a task force, for EclipseLink ({@link TaskForceOwned})
     * and for the database. {@link TaskForceBound} services get this done for them.
     */
    public static void bind(EntityManager em, long taskForceId) {
        em.setProperty(TaskForceOwned.TENANT_PROPERTY, taskForceId);
        bindDatabase(em, taskForceId);
    }

    /**
     * Binds only the database side of the current transaction to a task force: for the few services that work across
     * task forces one at a time with plain SQL (sign-in brings a person's memberships in step). Flushes first, so that
     * pending writes go out under the task force they were made for.
     */
    public static void bindDatabase(EntityManager em, long taskForceId) {
        em.flush();
        em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, Long.toString(taskForceId))
                .getSingleResult();
    }
}
