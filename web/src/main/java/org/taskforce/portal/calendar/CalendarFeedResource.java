package org.taskforce.portal.calendar;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.taskforce.portal.calendar.boundary.CalendarFeeds;
import org.taskforce.portal.web.Messages;

/**
 * {@code GET /feeds/calendar/<token>.ics}: a member's calendar for calendar clients (Thunderbird, Outlook, Google
 * Calendar), which cannot sign in; the secret token is the key. The feed speaks the member's language (their
 * profile's), with the words of the portal's message bundles. A revoked, unknown or malformed token gets 404 and an
 * empty body, exactly like a path that does not exist, and no session ({@link FeedsApplication}). Nothing here is
 * logged, least of all the token.
 */
@Path("calendar")
public class CalendarFeedResource {

    /** The path of a feed, from the portal's root, up to the token. */
    static final String PATH = "/feeds/calendar/";

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{token}.ics")
    public Response feed(@PathParam("token") String token) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return feeds.feed(token, Messages::inLanguage)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR)
                        .header("Content-Disposition", "inline; filename=\"calendar.ics\"")
                        .cacheControl(cache)
                        .build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).cacheControl(cache).build());
    }
}
