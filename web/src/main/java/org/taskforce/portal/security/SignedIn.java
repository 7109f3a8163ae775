package org.taskforce.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.taskforce.portal.web.Landing;

/**
 * The OpenID Connect redirect URI. The authentication mechanism validates Keycloak's answer on this path before the
 * servlet runs; the servlet then sends the person to the page they asked for before signing in ({@link DeepLink}), or
 * else straight to their landing page ({@link Landing}). A person in several task forces who has not chosen one yet
 * lands on the choice, whatever they asked for. A person who lands here without a sign-in (a bookmark, a stale tab)
 * goes to the start page, which sends them to Keycloak.
 */
@WebServlet(name = "signedIn", urlPatterns = "/signed-in")
public class SignedIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskForceChoice choice;

    @Inject
    Landing landing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Optional<String> deepLink = DeepLink.take(request);
        boolean inATaskForceOrNone = choice.current().isPresent() || choice.chooseIfOnlyOne()
                || choice.getAvailable().isEmpty();
        response.sendRedirect(deepLink.filter(link -> inATaskForceOrNone)
                .orElseGet(() -> request.getContextPath() + landing.page()));
    }
}
