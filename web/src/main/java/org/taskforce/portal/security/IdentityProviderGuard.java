package org.taskforce.portal.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.annotation.Priority;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.taskforce.portal.web.ErrorPage;

/**
 * Before the OpenID Connect mechanism sends a signed-out person to Keycloak, checks that Keycloak answers. If it does
 * not, the person gets the portal's own "sign-in service unavailable" page (503) instead of the browser's
 * "site can't be reached" on Keycloak's address, and the next request tries again. When the mechanism does send the
 * person to Keycloak, remembers the page they asked for ({@link DeepLink}). {@link OpenIdGuardExtension} binds this
 * interceptor to the mechanism, which is Soteria's class and cannot carry our annotation.
 */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@InterceptorBinding
public @interface IdentityProviderGuard {

    /** The literal the extension adds to the mechanism's type. */
    final class Literal extends AnnotationLiteral<IdentityProviderGuard> implements IdentityProviderGuard {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }

    /** The interceptor itself. */
    @IdentityProviderGuard
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    class Check {

        @Inject
        IdentityProviderProbe probe;

        @AroundInvoke
        public Object guard(InvocationContext invocation) throws Exception {
            Object[] parameters = invocation.getParameters();
            if (invocation.getMethod().getName().equals("validateRequest") && parameters.length == 3
                    && parameters[0] instanceof HttpServletRequest request
                    && parameters[2] instanceof HttpMessageContext context
                    && request.getUserPrincipal() == null && context.isProtected() && !probe.isReachable()) {
                request.setAttribute(ErrorPage.KIND_ATTRIBUTE, ErrorPage.Kind.IDENTITY_PROVIDER);
                context.getResponse().sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            Object status = invocation.proceed();
            if (status == AuthenticationStatus.SEND_CONTINUE && parameters.length == 3
                    && parameters[0] instanceof HttpServletRequest request && request.getUserPrincipal() == null) {
                DeepLink.remember(request); // on the way to Keycloak's sign-in: come back here afterwards
            }
            return status;
        }
    }
}
