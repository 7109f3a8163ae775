package org.taskforce.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.AuditAction;
import org.taskforce.portal.audit.boundary.AuditEntry;
import org.taskforce.portal.audit.boundary.AuditTrail;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.web.ErrorPage;
import org.taskforce.portal.web.UserLanguage;

/**
 * Completes a sign-in on the first request a signed-in person makes in a session: gives the session a new id (so an
 * id planted before sign-in is worth nothing), audits the sign-in, records the profile and memberships from the
 * token, and restores the language the person chose last time. A session whose access was taken away after it
 * began (a coordinator removed the person from a task force, or disabled the account) ends at its next page request.
 *
 * <p>On every signed-in request it names the person as the {@link CurrentActor} (whom the audit trail records for
 * every write) and enters the task force they chose ({@link TaskForceChoice}, checked against the token) into
 * {@link CurrentTaskForce}, as a coordinator only if they coordinate that task force: the one place where a request
 * gets its tenant. The coordinators' pages answer 403 to someone who coordinates another task force but not this one
 * ({@code web.xml} only knows that they coordinate some). It also keeps signed-in pages out of every cache, so the
 * back button after signing out shows nothing private.
 */
@WebFilter(filterName = "signIn", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignInFilter.class.getName());

    static final String SIGNED_IN = SignInFilter.class.getName() + ".subject";

    /** When the session's sign-in was completed; a revocation after it ends the session. */
    static final String SIGNED_IN_AT = SignInFilter.class.getName() + ".at";

    /**
     * The pages of the coordinators of the current task force; {@code web.xml} lets in anyone with the role
     * {@code coordinator}, this filter only those who coordinate the task force they work in.
     */
    static final Set<String> COORDINATORS_PAGES =
            Set.of("/taskforce/people.xhtml", "/taskforce/agencies.xhtml", "/taskforce/audit.xhtml");

    @Inject
    Caller caller;

    @Inject
    Members members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    UserLanguage language;

    @Inject
    TaskForceChoice taskForceChoice;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    CurrentActor currentActor;

    @Inject
    CallerEcho callerEcho;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            String subject = caller.getSubject();
            currentActor.act(new Actor(subject, caller.getUsername(), request.getRemoteAddr()));
            try {
                if (subject.equals(session.getAttribute(SIGNED_IN)) && isPage(request)
                        && session.getAttribute(SIGNED_IN_AT) instanceof OffsetDateTime since
                        && members.accessRevokedSince(subject, since)) {
                    endSession(request, response);
                    return;
                }
                if (!subject.equals(session.getAttribute(SIGNED_IN))) {
                    completeSignIn(request, response, subject);
                }
            } catch (RuntimeException e) {
                // Errors thrown this early would leave the browser with an empty page: show the error page.
                ErrorPage.Kind kind = ErrorPage.classify(e, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                LOG.log(Level.SEVERE, "Sign-in could not be completed or checked (" + kind + ")", e);
                request.setAttribute(ErrorPage.KIND_ATTRIBUTE, kind);
                response.sendError(kind == ErrorPage.Kind.INTERNAL ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                        : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (isPage(request)) {
                response.setHeader("Cache-Control", "no-store");
                callerEcho.echo(request, response);
                Optional<TaskForce> taskForce = taskForceChoice.current();
                if (taskForce.isPresent() && taskForceChoice.isCoordinating()) {
                    currentTaskForce.enterAsCoordinator(taskForce.get().getId());
                } else if (taskForce.isPresent()) {
                    currentTaskForce.enter(taskForce.get().getId());
                    if (COORDINATORS_PAGES.contains(request.getServletPath())) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void completeSignIn(HttpServletRequest request, HttpServletResponse response, String subject) {
        request.changeSessionId();
        auditTrail.record(new AuditEntry(null, subject, caller.getUsername(), AuditAction.SIGN_IN, null, null,
                request.getRemoteAddr(), true));
        MemberProfile profile = members.signIn(caller.toSignIn());
        language.restore(profile.getLanguage());
        response.addCookie(language.cookie(request.getContextPath()));
        request.getSession().setAttribute(SIGNED_IN, subject);
        request.getSession().setAttribute(SIGNED_IN_AT, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Ends a session whose access was taken away after it began (removed from a task force, account disabled): the
     * session goes, and the person is sent to sign in again, where Keycloak (whose sessions for them were ended too)
     * either refuses them or gives them a token without what was taken away.
     */
    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("A session ended because its access was revoked after it began");
        // Not request.logout(): with OpenID Connect that answers with its own redirect to Keycloak's logout. The
        // sign-in lives in the session, so ending the session is enough; Keycloak's own sessions were ended already.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getContextPath() + "/";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request cannot follow a plain redirect to Keycloak: Faces' own redirect makes the page go.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + home + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(home);
    }

    /** A page (not a resource, nor the health and metrics endpoints, which must answer without the database). */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith(".xhtml") || path.equals("/") || path.startsWith("/sign");
    }
}
