package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /overview/task-forces.xhtml}: the national coordination's table of every task force. */
final class TaskForceOverviewPage extends SignedInPage {

    private static final By TABLE = By.id("list:taskForces");

    TaskForceOverviewPage(Browser browser) {
        super(browser, TABLE);
    }

    /** The task force names in the table's rows (of its current page). */
    List<String> taskForceNames() {
        return browser.driver().findElements(By.cssSelector("[id='list:taskForces'] tbody tr td:first-child"))
                .stream().map(WebElement::getText).map(String::trim).toList();
    }

    boolean lists(DemoTaskForce taskForce) {
        return browser.isPresent(By.cssSelector("[id='list:taskForces'] .tf-" + taskForce.slug()));
    }

    /** Types into the table's search box; the table filters itself with ajax as one types. */
    TaskForceOverviewPage search(String text) {
        WebElement box = browser.driver().findElement(By.id("list:taskForces:globalFilter"));
        box.clear();
        box.sendKeys(text);
        browser.checkScreen();
        return this;
    }

    /**
     * Fills in the dialog for a new task force (opening it unless it is still open after a refused try) and sends
     * it; returns the dialog's messages (none: it closed).
     */
    List<String> create(String name, String slug, String department, String city) {
        if (!browser.driver().findElement(By.id("newTaskForce:name")).isDisplayed()) {
            clickAndWait("actions:newTaskForce");
            browser.waitFor(By.id("newTaskForce:name"));
        }
        typeInto("newTaskForce:name", name);
        typeInto("newTaskForce:slug", slug);
        typeInto("newTaskForce:department", department);
        typeInto("newTaskForce:city", city);
        clickAndWait("newTaskForce:create");
        return browser.driver().findElements(By.cssSelector("[id='newTaskForce:dialogMessages'] li")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** Closes the dialog for a new task force without creating anything. */
    void closeDialog() {
        clickAndWait("newTaskForce:close");
    }
}
