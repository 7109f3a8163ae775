package org.taskforce.portal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's sign-in page of the realm {@code taskforce}. It is Keycloak's page, not the portal's, and it is shown
 * before every sign-in, so it is not checked on arrival like the portal's pages (that would add an axe run to every
 * test); {@code SignInIT} checks it, blank and with an error, with {@link #assertAccessible()}.
 */
final class KeycloakSignInPage {

    private static final By FORM = By.id("kc-form-login");
    /** Keycloak 26's login theme shows a wrong password under the username field; older themes in an alert. */
    private static final By ERROR = By.cssSelector("#kc-form-login .kc-feedback-text, #input-error, .alert-error");

    private final Browser browser;

    KeycloakSignInPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(FORM);
        assertTrue(browser.isOnKeycloak(), () -> "Expected Keycloak's sign-in page, but the browser is on "
                + browser.currentUrl());
    }

    boolean asksForPassword() {
        return browser.driver().findElement(By.id("password")).isDisplayed();
    }

    /** Fills in the form and sends it; where the browser goes then is for the caller to see. */
    void submit(String username, String password) {
        WebElement user = browser.driver().findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("kc-login")));
    }

    /**
     * After a first sign-in with a one-time password, Keycloak asks for a new one: chooses it and sends the form;
     * where the browser goes then is for the caller to see.
     */
    void chooseNewPassword(String password) {
        new KeycloakPasswordPage(browser).choose(password);
    }

    void assertAccessible() {
        browser.assertAccessible();
    }

    /** The error Keycloak shows after a failed attempt (waits for it). */
    String errorMessage() {
        return browser.waitFor(ERROR).getText().trim();
    }
}
