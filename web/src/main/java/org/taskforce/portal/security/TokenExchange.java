package org.taskforce.portal.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdConfiguration;

/**
 * Asks Keycloak's token endpoint for a sign-in's tokens (the authorization code) and for fresh ones (the refresh token)
 * through one JAX-RS client kept for the application's life. {@link OpenIdGuardExtension} binds it to Soteria's
 * {@code TokenController}, whose class cannot carry our annotation.
 *
 * <h2>Why</h2>
 * Soteria 3.0.3, as Payara 6.2025.10 bundles it, builds a new client at each of these calls
 * ({@code ClientBuilder.newClient()}, never closed), and building one makes Jersey look its providers up through every
 * class loader: a fifth of Payara Micro's CPU over a run of sign-ins, and much of why the portal's sign-in took 1.8
 * times Keycloak's own form (issue 15's budget: 1.5). An enabled CDI alternative of {@code TokenController} is not
 * enough: Soteria's mechanism, in Payara's own bean archive, does not see it and keeps Soteria's.
 *
 * <h2>What this does</h2>
 * It answers {@code getTokens} and {@code refreshTokens} itself, with the request Soteria sends, field for field, and
 * lets every other method (checking the tokens' signatures, nonce and claims) run as Soteria wrote it. Unlike Soteria's,
 * the client gives up after {@value Shared#CONNECT_SECONDS} s without a connection and {@value Shared#READ_SECONDS} s
 * without an answer, instead of holding the person's request for ever. {@code SignInIT}, {@code SessionRefreshIT} and
 * every browser test sign in through it.
 */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@InterceptorBinding
public @interface TokenExchange {

    /** The literal the extension adds to Soteria's token controller. */
    final class Literal extends AnnotationLiteral<TokenExchange> implements TokenExchange {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }

    /** The interceptor itself, one for Soteria's application-scoped token controller. */
    @TokenExchange
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    class Shared {

        static final int CONNECT_SECONDS = 5;
        static final int READ_SECONDS = 10;

        @Inject
        OpenIdConfiguration configuration;

        private Client client;

        @PostConstruct
        void open(InvocationContext lifecycle) throws Exception {
            client = ClientBuilder.newBuilder()
                    .connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(READ_SECONDS, TimeUnit.SECONDS)
                    .build();
            lifecycle.proceed();
        }

        @AroundInvoke
        public Object exchange(InvocationContext invocation) throws Exception {
            Object[] parameters = invocation.getParameters();
            String method = invocation.getMethod().getName();
            if (method.equals("getTokens") && parameters.length == 1
                    && parameters[0] instanceof HttpServletRequest request) {
                return post(credentials()
                        .param(OpenIdConstant.GRANT_TYPE, OpenIdConstant.AUTHORIZATION_CODE)
                        .param(OpenIdConstant.CODE, request.getParameter(OpenIdConstant.CODE))
                        .param(OpenIdConstant.REDIRECT_URI, configuration.buildRedirectURI(request)));
            }
            if (method.equals("refreshTokens") && parameters.length == 1
                    && parameters[0] instanceof RefreshToken refreshToken) {
                return post(credentials()
                        .param(OpenIdConstant.GRANT_TYPE, OpenIdConstant.REFRESH_TOKEN)
                        .param(OpenIdConstant.REFRESH_TOKEN, refreshToken.getToken()));
            }
            return invocation.proceed();
        }

        /** The portal's client credentials, the first fields of every token request. */
        private Form credentials() {
            return new Form()
                    .param(OpenIdConstant.CLIENT_ID, configuration.getClientId())
                    .param(OpenIdConstant.CLIENT_SECRET, new String(configuration.getClientSecret()));
        }

        private Response post(Form form) {
            return client.target(configuration.getProviderMetadata().getTokenEndpoint())
                    .request(MediaType.APPLICATION_JSON_TYPE)
                    .post(Entity.form(form));
        }

        @PreDestroy
        void close(InvocationContext lifecycle) throws Exception {
            client.close();
            lifecycle.proceed();
        }
    }
}
