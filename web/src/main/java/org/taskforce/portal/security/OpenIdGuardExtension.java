package org.taskforce.portal.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Binds {@link IdentityProviderGuard} to Soteria's OpenID Connect mechanism when CDI discovers it. Registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class OpenIdGuardExtension implements Extension {

    static final String MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

    <T> void guardOpenIdMechanism(@Observes ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().getJavaClass().getName().equals(MECHANISM)) {
            type.configureAnnotatedType().add(IdentityProviderGuard.Literal.INSTANCE);
        }
    }
}
