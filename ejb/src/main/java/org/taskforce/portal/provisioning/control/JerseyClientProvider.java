package org.taskforce.portal.provisioning.control;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Lets keycloak-admin-client run on Payara's own Jersey instead of the RESTEasy it would bring: the WAR ships no
 * second JAX-RS implementation that could take over the server's. Jersey makes the proxies of the admin client's
 * resource interfaces and reads Keycloak's JSON with Jackson (Keycloak's representations carry Jackson annotations).
 *
 * <p>Registered in {@code META-INF/services} so that {@code Keycloak}'s own look-up finds it, and set explicitly by
 * {@link KeycloakDirectory}. Calls time out (3 s to connect, 10 s to answer) so that a Keycloak that is down or
 * stuck gives the person a clear message quickly instead of a page that hangs.
 */
public final class JerseyClientProvider implements ResteasyClientProvider {

    static final int CONNECT_TIMEOUT_SECONDS = 3;
    static final int READ_TIMEOUT_SECONDS = 10;

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(JacksonFeature.class)
                // Joining a group is a PUT without a body, which Jersey refuses unless told it is fine.
                .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
        return WebResourceFactory.newResource(targetClass, target);
    }
}
