package org.taskforce.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out: ends the portal session and, through the OpenID Connect mechanism, the Keycloak session, which then
 * sends the browser to the public signed-out page. A POST, so that no link or image can sign a person out.
 */
@WebServlet(name = "signOut", urlPatterns = "/sign-out")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        if (!response.isCommitted()) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/signed-out.xhtml");
        }
    }
}
