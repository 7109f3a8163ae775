package org.taskforce.portal.problem;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Gives every service (a {@code @Stateless} bean of a {@code boundary} package of the portal) the interceptor that
 * turns its Bean Validation refusals into {@link InvalidException}s ({@link InputRefusal}), so that no service can be
 * written without it. Registered in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class ServicesExtension implements Extension {

    <T> void validateInputOfServices(@Observes @WithAnnotations(Stateless.class) ProcessAnnotatedType<T> type) {
        String packageName = type.getAnnotatedType().getJavaClass().getPackageName();
        if (packageName.startsWith("org.taskforce.portal.") && packageName.endsWith(".boundary")) {
            type.configureAnnotatedType().add(ValidatedInput.Literal.INSTANCE);
        }
    }
}
