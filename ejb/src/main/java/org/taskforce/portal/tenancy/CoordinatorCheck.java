package org.taskforce.portal.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Lets a {@link CoordinatorsOnly} call through only if the person coordinates the {@link CurrentTaskForce}. Runs
 * before {@link TaskForceIsolation}, so a refused call never touches the database.
 */
@CoordinatorsOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER - 10)
public class CoordinatorCheck {

    @Inject
    CurrentTaskForce current;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        current.requireCoordinator();
        return invocation.proceed();
    }
}
