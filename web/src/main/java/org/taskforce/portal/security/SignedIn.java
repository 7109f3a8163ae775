package org.taskforce.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. The authentication mechanism validates Keycloak's answer on this path before the
 * servlet runs; the servlet then sends the person to the start page, which routes them by role (see
 * {@code Landing}). A person who lands here without a sign-in (a bookmark, a stale tab) goes there too.
 */
@WebServlet(name = "signedIn", urlPatterns = "/signed-in")
public class SignedIn extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
