package org.taskforce.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a signed-out person asked for, kept in their session while they sign in, so that a link from a colleague
 * or a calendar reminder opens where it points and not on the start page. Soteria's own
 * {@code redirectToOriginalResource} cannot be used (see {@link OpenIdSettings}).
 *
 * <p>Only a GET of one of the portal's own pages is kept, as a path inside the portal (never a full URL, never one
 * starting with {@code //}), so the link cannot send anyone elsewhere after sign-in.
 */
final class DeepLink {

    private static final String ATTRIBUTE = DeepLink.class.getName();

    private DeepLink() {
    }

    /** Remembers the request's page, if it is a page worth returning to, for {@link #take}. */
    static void remember(HttpServletRequest request) {
        String context = request.getContextPath();
        String uri = request.getRequestURI();
        String page = uri.substring(context.length());
        boolean returnable = "GET".equals(request.getMethod()) && page.startsWith("/") && !page.startsWith("//")
                && !page.contains("\\") && page.endsWith(".xhtml") && !page.equals("/index.xhtml");
        if (returnable) {
            String query = request.getQueryString();
            request.getSession().setAttribute(ATTRIBUTE, query == null ? uri : uri + "?" + query);
        }
    }

    /** The page remembered before sign-in, forgotten once taken. */
    static Optional<String> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object link = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable((String) link);
    }
}
