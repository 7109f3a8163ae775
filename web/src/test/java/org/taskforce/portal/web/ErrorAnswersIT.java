package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taskforce.portal.adversarial.FacesPostback;
import org.taskforce.portal.client.BrowserlessSession;

/**
 * Requests a person or a broken page can send that once answered 500 (Payara's bare error report, a
 * NullPointerException, an exception class named in an ajax answer) now get a clear answer: the page they may see,
 * the portal's own error page with the right status, or a message on the page. None of them answers 500.
 */
class ErrorAnswersIT {

    private static final String PASSWORD = "demo-Identify-2026";
    private static final String CALENDAR = "/calendar/calendar.xhtml";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String portalUrl = System.getProperty("portal.url", "http://localhost:18080");

    @Test
    void aPersonInNoTaskForceOpeningTheCalendarIsShownThatTheyAreInNone() throws Exception {
        BrowserlessSession nadia = new BrowserlessSession(portalUrl);
        nadia.signIn("nadia.rios", PASSWORD);

        for (String page : new String[] {CALENDAR, "/calendar/subscription.xhtml", "/calendar/import.xhtml"}) {
            HttpResponse<String> answer = nadia.get(page);
            assertAll(page,
                    () -> assertEquals(200, answer.statusCode()),
                    () -> assertEquals("/no-task-force.xhtml", answer.uri().getPath()));
        }
    }

    @Test
    void aPathParameterNamesTheSamePageWithTheSameCaching() throws Exception {
        Map<String, String> pages = Map.of("carlos.rojas", "/taskforce/home.xhtml;a=b",
                "sofia.caballero", "/overview/task-forces.xhtml;a=b", "emily.carter", "/liaison/home.xhtml;x=1");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            BrowserlessSession session = new BrowserlessSession(portalUrl);
            session.signIn(page.getKey(), PASSWORD);

            HttpResponse<String> answer = session.get(page.getValue());

            assertAll(page.getValue(),
                    () -> assertEquals(200, answer.statusCode()),
                    () -> assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse("")));
        }
    }

    /** Without its nonce a page cannot be drawn again: the browser opens it afresh, as with an old tab. */
    @Test
    void aPostbackWithoutItsPagesNonceOpensThePageAfresh() throws Exception {
        BrowserlessSession carlos = signedIn();
        HttpResponse<String> page = carlos.get(CALENDAR);

        Map<String, String> form = saveOfTheEventDialog(viewState(page), null);
        HttpResponse<String> full = carlos.post(CALENDAR, form, false);
        HttpResponse<String> ajax = carlos.post(CALENDAR, ajax(form, "eventForm:save", "eventForm"), true);

        assertAll(
                () -> assertEquals(200, full.statusCode(), full::body),
                () -> assertEquals(CALENDAR, full.uri().getPath(), "the calendar, opened afresh"),
                () -> assertTrue(full.body().contains("id=\"calendar:schedule\""), full::body),
                () -> assertFalse(full.body().contains("Error report"), "not the server's own page"),
                () -> assertEquals(200, ajax.statusCode(), ajax::body),
                () -> assertTrue(ajax.body().contains("<redirect url=\"" + CALENDAR + "\""), ajax::body));
    }

    @Test
    void theEventDialogsSaveWithNoEventOpenSaysSoOnThePage() throws Exception {
        BrowserlessSession carlos = signedIn();

        HttpResponse<String> saved = FacesPostback.send(carlos, CALENDAR, "eventForm", "eventForm:save", null,
                Map.of());

        assertAll(
                () -> assertEquals(200, saved.statusCode()),
                () -> assertTrue(saved.body().contains(text("calendar.error.nothingOpen")), saved::body),
                () -> assertFalse(saved.body().contains("<error>"), saved::body));
    }

    @Test
    void theAuditTrailAskedForAPageSizeItDoesNotOfferIsABadRequest() throws Exception {
        BrowserlessSession carlos = signedIn();

        HttpResponse<String> thousand = FacesPostback.send(carlos, "/taskforce/audit.xhtml", "audit", "audit:events",
                "page", Map.of("audit:events_pagination", "true", "audit:events_first", "0",
                        "audit:events_rows", "1000", "audit:events_encodeFeature", "true"));

        assertEquals(400, thousand.statusCode(), thousand::body);
    }

    /** A view the server no longer has (an expired session's page, a forged request): the page opens afresh. */
    @Test
    void anAjaxRequestForAViewTheServerDoesNotHaveOpensThePageAfresh() throws Exception {
        BrowserlessSession carlos = signedIn();
        HttpResponse<String> page = carlos.get(CALENDAR);
        Map<String, String> form = saveOfTheEventDialog("-1:-1", nonce(page));

        HttpResponse<String> failed = carlos.post(CALENDAR, ajax(form, "eventForm:save", "eventForm"), true);

        assertAll(
                () -> assertEquals(200, failed.statusCode(), failed::body),
                () -> assertTrue(failed.body().contains("<redirect url=\"" + CALENDAR + "\""), failed::body),
                () -> assertFalse(failed.body().contains("Exception"), failed::body),
                () -> assertFalse(failed.body().contains("at org."), failed::body));
    }

    /**
     * A session keeps the six pages a person opened or used last ({@code web.xml}: what 100 people at once can be
     * given): the page used six pages ago still answers, the one used seven pages ago opens afresh.
     */
    @Test
    void aSessionKeepsTheSixPagesUsedLastAndAnOlderOneOpensAfresh() throws Exception {
        BrowserlessSession carlos = signedIn();
        HttpResponse<String> first = carlos.get(CALENDAR);
        Map<String, String> save = ajax(saveOfTheEventDialog(viewState(first), nonce(first)), "eventForm:save",
                "eventForm");
        for (int page = 0; page < 5; page++) {
            carlos.get(CALENDAR);
        }

        HttpResponse<String> sixPagesAgo = carlos.post(CALENDAR, save, true);
        for (int page = 0; page < 6; page++) {
            carlos.get(CALENDAR);
        }
        HttpResponse<String> sevenPagesAgo = carlos.post(CALENDAR, save, true);

        assertAll(
                () -> assertEquals(200, sixPagesAgo.statusCode(), sixPagesAgo::body),
                () -> assertTrue(sixPagesAgo.body().contains("<partial-response"), sixPagesAgo::body),
                () -> assertFalse(sixPagesAgo.body().contains("<redirect"), "still kept: " + sixPagesAgo.body()),
                () -> assertEquals(200, sevenPagesAgo.statusCode(), sevenPagesAgo::body),
                () -> assertTrue(sevenPagesAgo.body().contains("<redirect url=\"" + CALENDAR + "\""),
                        "no longer kept: " + sevenPagesAgo.body()));
    }

    private BrowserlessSession signedIn() throws Exception {
        BrowserlessSession carlos = new BrowserlessSession(portalUrl);
        assertEquals(200, carlos.signIn("carlos.rojas", PASSWORD).statusCode());
        return carlos;
    }

    /** The event dialog's save as a form post, with the given view state and nonce ({@code null}: none). */
    private static Map<String, String> saveOfTheEventDialog(String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("eventForm", "eventForm");
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        form.put("eventForm:save", "eventForm:save");
        return form;
    }

    private static Map<String, String> ajax(Map<String, String> form, String source, String render) {
        Map<String, String> ajax = new LinkedHashMap<>(form);
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", source);
        ajax.put("jakarta.faces.partial.execute", render);
        ajax.put("jakarta.faces.partial.render", render);
        return ajax;
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "the page has a form");
        return viewState.group(1).replace("&#58;", ":");
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
        assertTrue(nonce.find(), "the page has its nonce");
        return nonce.group(1);
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("org.taskforce.portal.i18n.messages", Locale.forLanguageTag("es"))
                .getString(key);
    }
}
