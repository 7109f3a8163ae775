package org.taskforce.portal.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Binds the portal's interceptors to Soteria's OpenID Connect mechanism when CDI discovers it, since Soteria's class
 * cannot carry our annotations: {@link IdentityProviderGuard} (Keycloak unreachable, deep links) and
 * {@link SessionRolesRestored} (each request keeps its own person's roles). Registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class OpenIdGuardExtension implements Extension {

    static final String MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

    <T> void guardOpenIdMechanism(@Observes ProcessAnnotatedType<T> type) {
        if (type.getAnnotatedType().getJavaClass().getName().equals(MECHANISM)) {
            type.configureAnnotatedType()
                    .add(IdentityProviderGuard.Literal.INSTANCE)
                    .add(SessionRolesRestored.Literal.INSTANCE);
        }
    }
}
