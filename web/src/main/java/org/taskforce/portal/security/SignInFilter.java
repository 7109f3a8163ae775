package org.taskforce.portal.security;

import jakarta.faces.application.ResourceHandler;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.taskforce.portal.audit.boundary.Actor;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.boundary.Members;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.training.boundary.LiaisonSponsor;
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
 * gets its tenant. Then it opens a page only to whom {@link PortalPage} declares it for ({@link PageGate}): 404 for
 * a page not declared there, 403 for someone it is not for (a coordinator of another task force on this one's
 * coordinators' pages), and the start page for someone who has not chosen a task force yet. It also keeps signed-in
 * pages out of every cache, so the back button after signing out shows nothing private.
 */
@WebFilter(filterName = "signIn", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignInFilter.class.getName());

    static final String SIGNED_IN = SignInFilter.class.getName() + ".subject";

    /** When the session's sign-in was completed; a revocation after it ends the session. */
    static final String SIGNED_IN_AT = SignInFilter.class.getName() + ".at";

    @Inject
    Caller caller;

    @Inject
    Members members;

    @Inject
    UserLanguage language;

    @Inject
    TaskForceChoice taskForceChoice;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    CurrentActor currentActor;

    @Inject
    LiaisonSponsor liaisonSponsor;

    @Inject
    CallerEcho callerEcho;

    @Inject
    PageGate pageGate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            String subject = caller.getSubject();
            currentActor.act(new Actor(subject, caller.getUsername(), request.getRemoteAddr()));
            liaisonSponsor.represent(caller.getSponsor().orElse(null));
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
                taskForceChoice.current().ifPresent(taskForce -> {
                    if (taskForceChoice.isCoordinating()) {
                        currentTaskForce.enterAsCoordinator(taskForce.getId());
                    } else {
                        currentTaskForce.enter(taskForce.getId());
                    }
                });
                if (!admitted(request, response)) {
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void completeSignIn(HttpServletRequest request, HttpServletResponse response, String subject) {
        request.changeSessionId();
        MemberProfile profile = members.completeSignIn(caller.toSignIn());
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
        redirect(request, response, request.getContextPath() + "/");
    }

    /** Sends the browser elsewhere, for an ajax request too (which cannot follow a plain redirect). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(location);
    }

    /**
     * Lets the request through to its page only if the page is one of the portal's ({@link PortalPage}: 404 for any
     * other) and the person may open it ({@link PageGate}: 403, or to the start page to choose a task force first).
     */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (!path.endsWith(".xhtml")) {
            return true; // the start page's address, the sign-in and sign-out endpoints
        }
        Optional<PortalPage> page = PortalPage.of(path);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        switch (pageGate.decide(page.get())) {
            case OPEN -> {
                if (!postedByItsPage(request)) {
                    // Without the nonce its page gave it, Faces cannot draw the page again (PrimeFaces refuses it):
                    // the person gets the page afresh, as with a tab left open too long.
                    redirect(request, response, request.getRequestURI());
                    return false;
                }
                return true;
            }
            case CHOOSE_FIRST -> redirect(request, response, request.getContextPath() + "/");
            case REFUSED -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }

    /**
     * Whether a postback carries the Content-Security-Policy nonce the page put in it ({@code primefaces.nonce}); a
     * request that is not a postback needs none. PrimeFaces checks that the nonce is the page's own.
     */
    private static boolean postedByItsPage(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getParameter("jakarta.faces.ViewState") == null
                || request.getParameter("primefaces.nonce") != null;
    }

    /**
     * A page (not a resource, nor the health and metrics endpoints, which must answer without the database). The
     * servlet path, not the address: {@code /taskforce/home.xhtml;a=b} is the page {@code /taskforce/home.xhtml}.
     */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        if (path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
            return false; // a style sheet, script or image of the pages, served through Faces
        }
        return path.endsWith(".xhtml") || path.isEmpty() || path.equals("/") || path.startsWith("/sign");
    }
}
