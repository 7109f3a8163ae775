package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * What a signed-in session looks like on the wire: a new session id at sign-in, cookies a script cannot read, pages
 * no cache keeps, a Content-Security-Policy, and errors that explain themselves without a stack trace.
 */
class SignInSessionIT {

    private static final String PASSWORD = "demo-Identify-2026";

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void sessionIdChangesAtSignIn() throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        session.get("/");
        String before = session.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session before"));

        HttpResponse<String> home = session.signIn("rosa.ortiz", PASSWORD);

        assertTrue(home.body().contains("id=\"taskForceName\""), home::body);
        assertNotEquals(before, session.cookie("JSESSIONID").orElseThrow());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> first = BrowserlessSession.withoutRedirects(portalUrl).get("/");

        List<String> setCookie = first.headers().allValues("Set-Cookie");
        String session = setCookie.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + setCookie));
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase(Locale.ROOT).contains("samesite=lax"), session);
    }

    @Test
    void signedInPagesAreNeitherCachedNorScriptableFromElsewhere() throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        HttpResponse<String> home = session.signIn("hugo.acosta", PASSWORD);

        assertEquals(200, home.statusCode());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src") && policy.contains("nonce-"), policy);
    }

    @Test
    void unknownPageGetsTheTranslatedNotFoundPage() throws Exception {
        BrowserlessSession session = new BrowserlessSession(portalUrl);
        session.signIn("hugo.acosta", PASSWORD);

        HttpResponse<String> missing = session.get("/no-such-page.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("error-NOT_FOUND"), missing::body);
        assertTrue(missing.body().contains("Página no encontrada"), missing::body);
        assertTrue(!missing.body().contains("Exception") && !missing.body().contains("at org."), "no stack trace");
    }
}
