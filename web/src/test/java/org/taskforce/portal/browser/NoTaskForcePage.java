package org.taskforce.portal.browser;

import org.openqa.selenium.By;

/** {@code /no-task-force.xhtml}: where someone lands who has an account but belongs to no task force. */
final class NoTaskForcePage extends SignedInPage {

    NoTaskForcePage(Browser browser) {
        super(browser, By.id("noTaskForce"));
    }
}
