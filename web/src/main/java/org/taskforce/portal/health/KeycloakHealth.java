package org.taskforce.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the realm's OpenID Connect discovery document answers within two seconds. */
@Readiness
@ApplicationScoped
public class KeycloakHealth implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Override
    public HealthCheckResponse call() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUri + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200).withData("status", status).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("keycloak").down().withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak").down().build();
        }
    }
}
