package org.taskforce.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.taskforce.portal.security.IdentityProviderProbe;

/** Ready when the realm's OpenID Connect discovery document answers. */
@Readiness
@ApplicationScoped
public class KeycloakHealth implements HealthCheck {

    @Inject
    IdentityProviderProbe probe;

    @Override
    public HealthCheckResponse call() {
        int status = probe.status();
        return HealthCheckResponse.named("keycloak").status(status == 200).withData("status", status).build();
    }
}
