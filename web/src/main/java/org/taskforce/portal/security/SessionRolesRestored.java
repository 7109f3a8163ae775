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
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import javax.security.auth.callback.Callback;

/**
 * Gives every request of a signed-in session the roles of the person's own token, whatever other requests run at the
 * same time. {@link OpenIdGuardExtension} binds it to Soteria's OpenID Connect mechanism.
 *
 * <h2>Why: a defect of Payara 6.2025.10</h2>
 * On each request after sign-in, Soteria 3.0.3 hands the container only the session's caller principal (a
 * {@code CallerPrincipalCallback}, no groups) and counts on the container to find that session's groups again. Payara's
 * JASPIC realm ({@code JaspicRealm.validateRequest}) does so through a field of the thread's security context
 * ({@code SecurityContext.getCurrent().setAdditionalPrincipal(...)}, read back in
 * {@code BaseContainerCallbackHandler.processCallerPrincipal}). A request thread that has no security context of its
 * own gets the one static default context of the whole server, so concurrent requests overwrite and clear each
 * other's value. When the value read back is not this session's, Payara builds the request's subject from the name
 * alone: the request has the right person and no roles (a liaison routed to "no task force", a member refused their
 * own home page). It cannot give another person's roles: the value is used only if it wraps this session's very
 * principal object. Payara fixed it after 6.2025.10 (FISH-7515, payara/Payara#7928; GlassFish #25141).
 *
 * <h2>What this does</h2>
 * When the mechanism has accepted a request of a session signed in before it ({@link AuthenticationStatus#SUCCESS}
 * with a principal already on the request), it hands the container the groups itself, from the session's own tokens
 * ({@link OpenIdContext}, which Soteria keeps per session and refreshes), exactly as Soteria does at sign-in: the
 * {@value OpenIdSettings#ROLES_CLAIM} claim of the access token, else of the identity token. A correct subject is left
 * as it was.
 */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@InterceptorBinding
public @interface SessionRolesRestored {

    /** The literal the extension adds to the mechanism's type. */
    final class Literal extends AnnotationLiteral<SessionRolesRestored> implements SessionRolesRestored {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }

    /** The interceptor itself. */
    @SessionRolesRestored
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION + 10)
    class Restore {

        @Inject
        OpenIdContext openIdContext;

        @AroundInvoke
        public Object restore(InvocationContext invocation) throws Exception {
            Object[] parameters = invocation.getParameters();
            boolean signedInBefore = invocation.getMethod().getName().equals("validateRequest")
                    && parameters.length == 3 && parameters[0] instanceof HttpServletRequest request
                    && request.getUserPrincipal() != null;
            Object status = invocation.proceed();
            if (signedInBefore && status == AuthenticationStatus.SUCCESS
                    && parameters[2] instanceof HttpMessageContext context) {
                String[] groups = TokenRoles.of(openIdContext).toArray(String[]::new);
                context.getHandler().handle(new Callback[] {
                    new GroupPrincipalCallback(context.getClientSubject(), groups)});
            }
            return status;
        }
    }
}
