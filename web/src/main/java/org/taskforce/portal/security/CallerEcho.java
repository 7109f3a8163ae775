package org.taskforce.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * Echoes what the portal believes about the person making a request in the response header {@value #HEADER}: their
 * user name and subject, the portal roles the container grants them on this request, their task forces, the one they
 * work in and whether they coordinate it. {@code ParallelSignInIT} compares it, request by request, with what Keycloak
 * issued to each of many people signing in at once, to prove that no request is ever seen as another person's or
 * without its own roles.
 *
 * <p>Off unless {@code portal.diagnostics.echo-caller} is {@code true} (the test stack turns it on). Even when on, it
 * tells a person only what the portal believes about themselves.
 */
@ApplicationScoped
public class CallerEcho {

    /** The response header that carries the echo. */
    public static final String HEADER = "X-Portal-Caller";

    @Inject
    @ConfigProperty(name = "portal.diagnostics.echo-caller", defaultValue = "false")
    boolean enabled;

    @Inject
    Caller caller;

    @Inject
    TaskForceChoice choice;

    /** Adds the echo to a signed-in request's response, when turned on. */
    void echo(HttpServletRequest request, HttpServletResponse response) {
        if (!enabled) {
            return;
        }
        String roles = PortalRole.ALL.stream().filter(request::isUserInRole).collect(Collectors.joining(","));
        String current = choice.current().map(TaskForce::getSlug).orElse("");
        response.setHeader(HEADER, "user=" + encode(request.getUserPrincipal().getName())
                + "; subject=" + encode(caller.getSubject())
                + "; roles=" + roles
                + "; task-forces=" + String.join(",", caller.getTaskForceSlugs())
                + "; current=" + current
                + "; coordinating=" + choice.isCoordinating());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
