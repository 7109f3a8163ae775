package org.taskforce.portal.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Binds the portal's interceptors to Soteria's OpenID Connect classes when CDI discovers them, since Soteria's classes
 * cannot carry our annotations: to its mechanism {@link IdentityProviderGuard} (Keycloak unreachable, deep links) and
 * {@link SessionRolesRestored} (each request keeps its own person's roles), to its token controller
 * {@link TokenExchange} (one client for Keycloak's token endpoint). Registered in
 * {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class OpenIdGuardExtension implements Extension {

    static final String MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    static final String TOKEN_CONTROLLER = "org.glassfish.soteria.mechanisms.openid.controller.TokenController";

    <T> void guardOpenIdMechanism(@Observes ProcessAnnotatedType<T> type) {
        String name = type.getAnnotatedType().getJavaClass().getName();
        if (name.equals(MECHANISM)) {
            type.configureAnnotatedType()
                    .add(IdentityProviderGuard.Literal.INSTANCE)
                    .add(SessionRolesRestored.Literal.INSTANCE);
        } else if (name.equals(TOKEN_CONTROLLER)) {
            type.configureAnnotatedType().add(TokenExchange.Literal.INSTANCE);
        }
    }
}
