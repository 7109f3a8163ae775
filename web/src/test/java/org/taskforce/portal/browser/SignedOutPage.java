package org.taskforce.portal.browser;

import org.openqa.selenium.By;

/** {@code /signed-out.xhtml}: public; where Keycloak sends the browser after signing out. */
final class SignedOutPage extends PortalPage {

    SignedOutPage(Browser browser) {
        super(browser, By.id("signedOut"));
    }
}
