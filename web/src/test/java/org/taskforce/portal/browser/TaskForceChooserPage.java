package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taskforce/choose.xhtml}: where a member of several task forces chooses one to work in. */
final class TaskForceChooserPage extends SignedInPage {

    TaskForceChooserPage(Browser browser) {
        super(browser, By.id("choose"));
    }

    /** The names on the choice buttons. */
    List<String> choices() {
        return browser.driver().findElements(By.cssSelector("#choose .task-force-choices button")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    TaskForceHomePage choose(DemoTaskForce taskForce) {
        browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".choice-" + taskForce.slug())));
        return browser.on(TaskForceHomePage::new);
    }
}
