package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * A link into the portal opens where it points once the person has signed in: a colleague's link, a reminder. It
 * never leads outside the portal, and a person in several task forces chooses one first.
 */
class DeepLinkIT {

    private static final String PASSWORD = "demo-Identify-2026";

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aLinkFollowedWhileSignedOutOpensItsPageAfterSignIn() throws Exception {
        HttpResponse<String> landed = new BrowserlessSession(portalUrl)
                .signInFrom("/taskforce/audit.xhtml?from=reminder", "carlos.rojas", PASSWORD);

        assertEquals(200, landed.statusCode(), landed::body);
        assertEquals("/taskforce/audit.xhtml", landed.uri().getPath());
        assertEquals("from=reminder", landed.uri().getQuery());
        assertTrue(landed.body().contains("id=\"audit\""), landed::body);
    }

    @Test
    void aPersonInSeveralTaskForcesChoosesOneBeforeTheLinkOpens() throws Exception {
        HttpResponse<String> landed = new BrowserlessSession(portalUrl)
                .signInFrom("/taskforce/home.xhtml", "marta.duarte", PASSWORD);

        assertEquals(200, landed.statusCode(), landed::body);
        assertEquals("/taskforce/choose.xhtml", landed.uri().getPath());
    }

    @Test
    void aLinkNeverLeadsOutsideThePortal() throws Exception {
        HttpResponse<String> landed = new BrowserlessSession(portalUrl)
                .signInFrom("//evil.example/taskforce/home.xhtml", "ana.benitez", PASSWORD);

        assertEquals(URI.create(portalUrl).getAuthority(), landed.uri().getAuthority(), landed.uri()::toString);
        assertTrue(!landed.uri().getPath().startsWith("//"), landed.uri()::toString);
    }
}
