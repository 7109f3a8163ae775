package org.taskforce.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The OpenID Connect redirect URI. The authentication mechanism validates Keycloak's answer on this path before the
 * servlet runs; the servlet then sends the person to the page they asked for before signing in ({@link DeepLink}), or
 * else to the start page, which routes them by role (see {@code Landing}). A person in several task forces who has not
 * chosen one yet goes to the start page too, to choose. A person who lands here without a sign-in (a bookmark, a stale
 * tab) goes to the start page.
 */
@WebServlet(name = "signedIn", urlPatterns = "/signed-in")
public class SignedIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskForceChoice choice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> deepLink = DeepLink.take(request);
        boolean inATaskForceOrNone = request.getUserPrincipal() != null
                && (choice.current().isPresent() || choice.chooseIfOnlyOne() || choice.getAvailable().isEmpty());
        response.sendRedirect(deepLink.filter(link -> inATaskForceOrNone).orElse(request.getContextPath() + "/"));
    }
}
