package org.taskforce.portal.browser;

import org.openqa.selenium.By;

/**
 * Keycloak's page that makes a person choose their password: after a sign-in with a one-time password, or when they
 * follow the link of an invitation's e-mail.
 */
final class KeycloakPasswordPage {

    private static final By FORM = By.id("kc-passwd-update-form");

    private final Browser browser;

    KeycloakPasswordPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(FORM);
    }

    /** Types the password twice and sends the form; where the browser goes then is for the caller to see. */
    void choose(String password) {
        browser.driver().findElement(By.id("password-new")).sendKeys(password);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(password);
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(
                "#kc-passwd-update-form [type=submit]")));
    }
}
