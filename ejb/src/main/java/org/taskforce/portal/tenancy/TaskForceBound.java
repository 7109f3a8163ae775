package org.taskforce.portal.tenancy;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a service (or a method) that works inside one task force: before the method runs, its transaction is bound to
 * the {@link CurrentTaskForce} by {@link TaskForceIsolation}, and without one the call fails.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface TaskForceBound {
}
