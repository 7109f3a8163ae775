package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.adversarial.FacesPostback;
import org.taskforce.portal.calendar.entity.CalendarEvent;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.taskforce.entity.Agency;
import org.taskforce.portal.taskforce.entity.MemberProfile;
import org.taskforce.portal.taskforce.entity.TaskForce;

/**
 * The pages render the limits {@link InputLimitsTest} finds in the classes: PrimeFaces turns the {@code @Size} of the
 * property each text input is bound to into its {@code maxlength} ({@code primefaces.TRANSFORM_METADATA}), so the
 * browser stops typing at the column's length although no page types one.
 */
class InputLimitsIT {

    private static final String PASSWORD = System.getProperty("demo.password", "demo-Identify-2026");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aCoordinatorsFormsStopAtTheLengthsOfTheColumns() throws Exception {
        BrowserlessSession carlos = signedIn("carlos.rojas");

        assertMaxlengths(carlos, "/taskforce/agencies.xhtml", Map.of(
                "agency:name", Agency.NAME_LENGTH,
                "agency:code", Agency.CODE_LENGTH));
        assertMaxlengths(carlos, "/taskforce/people.xhtml", Map.of(
                "invite:email", MemberProfile.EMAIL_LENGTH,
                "invite:firstName", MemberProfile.NAME_PART_LENGTH,
                "invite:lastName", MemberProfile.NAME_PART_LENGTH));
        // The event dialog has no form until one is opened: its fields are drawn by the "new event" button's answer.
        HttpResponse<String> newEvent = FacesPostback.send(carlos, "/calendar/calendar.xhtml", "filters",
                "filters:newEvent", null, Map.of("jakarta.faces.partial.render", "eventForm"));
        assertMaxlengths(newEvent, "the new event dialog", Map.of(
                "eventForm:title", CalendarEvent.TITLE_LENGTH,
                "eventForm:location", CalendarEvent.LOCATION_LENGTH,
                "eventForm:description", CalendarEvent.DESCRIPTION_LENGTH));
    }

    @Test
    void theNationalCoordinationsFormsStopAtTheLengthsOfTheColumns() throws Exception {
        BrowserlessSession sofia = signedIn("sofia.caballero");

        assertMaxlengths(sofia, "/overview/task-forces.xhtml", Map.of(
                "newTaskForce:name", TaskForce.NAME_LENGTH,
                "newTaskForce:slug", TaskForce.SLUG_LENGTH,
                "newTaskForce:department", TaskForce.PLACE_LENGTH,
                "newTaskForce:city", TaskForce.PLACE_LENGTH,
                "coordinators:email", MemberProfile.EMAIL_LENGTH,
                "coordinators:firstName", MemberProfile.NAME_PART_LENGTH,
                "coordinators:lastName", MemberProfile.NAME_PART_LENGTH));
    }

    private BrowserlessSession signedIn(String username) throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        assertEquals(200, session.signIn(username, PASSWORD).statusCode());
        return session;
    }

    private static void assertMaxlengths(BrowserlessSession session, String path, Map<String, Integer> expected)
            throws Exception {
        assertMaxlengths(session.get(path), path, expected);
    }

    private static void assertMaxlengths(HttpResponse<String> page, String what, Map<String, Integer> expected) {
        assertEquals(200, page.statusCode(), what);
        Map<String, String> rendered = new TreeMap<>();
        for (String id : expected.keySet()) {
            Matcher field = Pattern.compile("<(?:input|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                    .matcher(page.body());
            Matcher maxlength = Pattern.compile("\\bmaxlength=\"(\\d+)\"").matcher(field.find() ? field.group() : "");
            rendered.put(id, maxlength.find() ? maxlength.group(1) : "none");
        }
        Map<String, String> wanted = new TreeMap<>();
        expected.forEach((id, length) -> wanted.put(id, String.valueOf(length)));
        assertEquals(wanted, rendered, what);
    }
}
