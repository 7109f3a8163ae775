package org.taskforce.portal.tenancy;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a service (or a method) that only the coordinators of the current task force may call: before it runs,
 * {@link CoordinatorCheck} refuses anyone else with {@link NotCoordinatorException}. This is the per-task-force half of
 * the coordinators' access; the container's {@code coordinator} role (held by anyone who coordinates some task force)
 * is only the coarse gate of the pages in {@code web.xml}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface CoordinatorsOnly {
}
