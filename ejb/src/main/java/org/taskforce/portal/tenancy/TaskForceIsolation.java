package org.taskforce.portal.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.taskforce.portal.audit.boundary.CurrentActor;

/**
 * Binds the transaction of a {@link TaskForceBound} call to the person's {@link CurrentTaskForce}, through
 * {@link TaskForceBinding}: EclipseLink's tenant property, and {@code app.tenant_id} for this transaction only
 * ({@code set_config(..., true)}: pooled connections never carry it over to the next one), after which PostgreSQL's
 * row-level security admits that task force's rows and no others. It also names the {@link CurrentActor} to the
 * database ({@code app.actor}, {@code app.actor_name}, {@code app.address}), which audits every row written under that
 * name and refuses writes without one. A transaction bound here keeps its task force until it ends.
 */
@TaskForceBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TaskForceIsolation {

    @Inject
    CurrentTaskForce current;

    @Inject
    CurrentActor actor;

    @Inject
    TaskForceBinding taskForceBinding;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        taskForceBinding.bindForPerson(current.require(), actor.get().orElse(null));
        return invocation.proceed();
    }
}
