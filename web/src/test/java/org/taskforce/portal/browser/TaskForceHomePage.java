package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taskforce/home.xhtml}: the current task force and its members, grouped by agency. */
final class TaskForceHomePage extends SignedInPage {

    TaskForceHomePage(Browser browser) {
        super(browser, By.id("taskForceName"));
    }

    String taskForceName() {
        return browser.driver().findElement(By.id("taskForceName")).getText();
    }

    /** The names in the member tables of every agency. */
    List<String> memberNames() {
        return browser.driver().findElements(By.cssSelector(".members tbody tr td:first-child")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
