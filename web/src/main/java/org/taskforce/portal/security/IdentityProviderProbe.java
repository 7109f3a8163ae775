package org.taskforce.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers: its realm's discovery document comes back within two seconds. The answer is kept for a
 * few seconds, so that a burst of requests while Keycloak is down costs one probe, not one each, and the portal notices
 * by itself when Keycloak is back.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long REMEMBER_MILLIS = 5_000;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    private volatile Answer last;

    /** The HTTP status of the discovery document, or -1 when Keycloak could not be reached. */
    public int status() {
        Answer answer = last;
        long now = System.currentTimeMillis();
        if (answer == null || now - answer.at() > REMEMBER_MILLIS) {
            answer = new Answer(probe(), now);
            last = answer;
        }
        return answer.status();
    }

    public boolean isReachable() {
        return status() == 200;
    }

    private int probe() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUri + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private record Answer(int status, long at) {
    }
}
