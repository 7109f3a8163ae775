package org.taskforce.portal.browser;

import org.openqa.selenium.By;

/** {@code /liaison/home.xhtml}: a sponsor's liaison and the sponsor they represent. */
final class LiaisonHomePage extends SignedInPage {

    LiaisonHomePage(Browser browser) {
        super(browser, By.id("sponsorName"));
    }

    String liaisonName() {
        return browser.driver().findElement(By.id("liaisonName")).getText();
    }

    String sponsorName() {
        return browser.driver().findElement(By.id("sponsorName")).getText();
    }
}
