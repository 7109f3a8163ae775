package org.taskforce.portal.training;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address a certificate's QR code points to, {@code /verify/<code>}: forwards to the public page
 * {@code /verify.xhtml} with the code as a request attribute, so the address stays short and the same for every
 * certificate. Public in {@code web.xml}, like the page.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute the page reads the code from. */
    public static final String CODE = "org.taskforce.portal.verify.code";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String info = request.getPathInfo();
        request.setAttribute(CODE, info == null ? "" : info.substring(1));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }
}
