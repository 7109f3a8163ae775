package org.taskforce.portal.adversarial;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * The coordinator role is per task force. Marta coordinates Central and is a member of Alto Paraná: she opens the
 * people page in Central, switches to Alto Paraná (as in another tab), and sends the page's invitation from the
 * page she still holds. The same request that reaches the invitation in Central is refused in Alto Paraná.
 */
class CoordinatorElsewhereIT {

    private static final String PEOPLE = "/taskforce/people.xhtml";

    /** The first agency offered in the invitation's select (PrimeFaces' hidden native select). */
    private static final Pattern FIRST_AGENCY = Pattern.compile(
            "name=\"invite:agencyCode_input\"[^>]*>.*?<option[^>]*value=\"([^\"]+)\"", Pattern.DOTALL);

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aCoordinatorOfCentralCannotInviteIntoAltoParanaWithAPageHeldFromCentral() throws Exception {
        BrowserlessSession marta = Attacker.MARTA_DUARTE.signIn(portalUrl);
        Attacker.choose(marta, "central");
        HttpResponse<String> centralPeople = marta.get(PEOPLE);
        assertEquals(200, centralPeople.statusCode(), "Marta coordinates Central");

        // The control: in Central the request reaches the invitation, which explains the malformed e-mail address.
        HttpResponse<String> inCentral = invite(marta, centralPeople);
        assertAll(
                () -> assertEquals(200, inCentral.statusCode()),
                () -> assertTrue(inCentral.body().contains("message-error"), inCentral::body));

        Attacker.choose(marta, "alto-parana");
        HttpResponse<String> inAltoParana = invite(marta, centralPeople);
        assertAll(
                () -> assertEquals(403, inAltoParana.statusCode(), inAltoParana::body),
                () -> assertFalse(inAltoParana.body().contains("message-error"), inAltoParana::body),
                () -> assertEquals(403, marta.get(PEOPLE).statusCode()),
                () -> assertEquals(403, marta.get("/taskforce/agencies.xhtml").statusCode()),
                () -> assertEquals(403, marta.get("/taskforce/audit.xhtml").statusCode()));
    }

    /**
     * The invitation dialog's "send" for the page's first agency, with an address that is not one (so that nothing is
     * created either way).
     */
    private static HttpResponse<String> invite(BrowserlessSession session, HttpResponse<String> page)
            throws Exception {
        Matcher agency = FIRST_AGENCY.matcher(page.body());
        assertTrue(agency.find(), () -> "the invitation offers no agency: " + page.body());
        return FacesPostback.sendFrom(page, session, PEOPLE, "invite", "invite:send", Map.of(
                "invite:email", "not-an-address", "invite:firstName", "Intrusa", "invite:lastName", "Prueba",
                "invite:agencyCode_input", agency.group(1)));
    }
}
