package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

/**
 * A screen of the portal, signed in or public. Creating a page object waits until the browser shows that screen
 * (its marker element is displayed) and checks the screen at once with {@link Browser#checkScreen}: every screen a
 * test reaches through a page object is checked for JavaScript errors and accessibility, with no line in the test.
 */
abstract class PortalPage {

    final Browser browser;

    PortalPage(Browser browser, By marker) {
        this(browser, marker, entry -> false);
    }

    /** For screens whose own log entries are expected, such as an error page served with status 403. */
    PortalPage(Browser browser, By marker, Predicate<LogEntry> expectedLogEntries) {
        this.browser = browser;
        browser.waitFor(marker);
        assertTrue(browser.isOnPortal(), () -> "Expected a portal page, but the browser is on " + browser.currentUrl());
        browser.checkScreen(expectedLogEntries);
    }

    /** The language the page says it is in: the {@code lang} attribute of {@code html}. */
    String language() {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    /** All the text a person can read on the page. */
    String visibleText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    public void assertNoJavaScriptErrors() {
        browser.assertNoJavaScriptErrors();
    }

    public void assertAccessible() {
        browser.assertAccessible();
    }
}
