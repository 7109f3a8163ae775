package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;
import org.taskforce.portal.testsupport.KeycloakConsole;

/**
 * A signed-in session outlives its access token: when the token has less than 20 s left (the mechanism's
 * {@code tokenMinValidity}), the portal gets fresh tokens from Keycloak with the refresh token ({@link TokenExchange})
 * and the person goes on without signing in again. Were the refresh refused, the portal would end the session and send
 * the person back to Keycloak's form.
 */
class SessionRefreshIT {

    private static final String PASSWORD = "demo-Identify-2026";

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");
    private final KeycloakConsole console =
            new KeycloakConsole(System.getProperty("keycloak.url", "http://localhost:18180"));

    @AfterEach
    void realmLifespanAgain() throws Exception {
        console.portalAccessTokenLifespan(null);
    }

    @Test
    void anExpiringTokenIsRefreshedAndThePersonStaysSignedIn() throws Exception {
        console.portalAccessTokenLifespan(25); // 25 s: after 6 s, less than the 20 s the portal wants left
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        HttpResponse<String> home = session.signIn("hugo.acosta", PASSWORD);
        assertTrue(home.body().contains("id=\"taskForceName\""), home::body);
        long signedInAt = console.lastAccessOfNewestSession("hugo.acosta");

        Thread.sleep(6_000);
        HttpResponse<String> again = session.get("/taskforce/home.xhtml");

        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("id=\"taskForceName\""), "signed out instead of refreshed: " + again.body());
        long refreshedAt = console.lastAccessOfNewestSession("hugo.acosta");
        assertTrue(refreshedAt >= signedInAt + 5_000,
                "Keycloak heard nothing of the session since the sign-in: " + signedInAt + " then " + refreshedAt);
    }
}
