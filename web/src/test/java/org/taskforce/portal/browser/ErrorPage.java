package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.By;

/**
 * {@code /error.xhtml}: the one page every error lands on, served with the error's status. Chromium logs a failed
 * load of the page itself for a 4xx or 5xx status; that entry is expected here, any other is not.
 */
final class ErrorPage extends PortalPage {

    ErrorPage(Browser browser) {
        super(browser, By.id("errorTitle"), entry -> entry.getMessage().startsWith(browser.currentUrl() + " - ")
                && entry.getMessage().contains("Failed to load resource: the server responded with a status of"));
    }

    /** The HTTP status the page came with. */
    /** The page says 403 and "access not allowed", in Spanish (the demo users' language). */
    void assertForbidden() {
        assertAll(
                () -> assertEquals(403, status()),
                () -> assertEquals("FORBIDDEN", kind()),
                () -> assertEquals(PortalText.of(PortalText.SPANISH, "error.forbidden.title"), heading()));
    }

    int status() {
        return browser.httpStatus();
    }

    /** The kind of error the page explains, from the style class of its title ({@code error-FORBIDDEN}, …). */
    String kind() {
        return browser.driver().findElement(By.id("errorTitle")).getDomAttribute("class").replace("error-", "");
    }
}
