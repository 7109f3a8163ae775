package org.taskforce.portal.calendar;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The portal's only REST surface: feeds for programs that cannot sign in, under {@code /feeds}, each guarded by a
 * secret in its URL. web.xml leaves {@code /feeds/*} open to requests without a session.
 *
 * <p>A refusal here (404 for a bad token or an unknown path) is a bare status with an empty body, never the portal's
 * error page: Jersey would otherwise answer an error status without a body with {@code sendError}, and the container
 * would render {@code error.xhtml} for it, a page for people, whose frame reads their language from a session-scoped
 * bean ({@code UserLanguage}); every guessed token would then create an HTTP session (and a
 * {@code Set-Cookie: JSESSIONID}) for a program that never sends it back. Pages keep their error page.
 */
@ApplicationPath("feeds")
public class FeedsApplication extends Application {

    /** Jersey's {@code ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR} (Jersey is Payara's, not on our path). */
    static final String STATUS_OVER_SEND_ERROR = "jersey.config.server.response.setStatusOverSendError";

    /**
     * The feed resource, named: without it Jersey scans every class of the WAR and its libraries at each start, the
     * Keycloak admin client's JAX-RS interfaces among them (a warning for each), and would take up any {@code @Provider}
     * a library carries.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CalendarFeedResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(STATUS_OVER_SEND_ERROR, true);
    }
}
