package org.taskforce.portal.problem;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Binds {@link InputRefusal} to a service, so that what its Bean Validation refuses reaches the caller as an
 * {@link InvalidException}. {@link ServicesExtension} binds it to every service; nobody writes it by hand.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ValidatedInput {

    /** The literal the extension adds to each service's type. */
    final class Literal extends AnnotationLiteral<ValidatedInput> implements ValidatedInput {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
