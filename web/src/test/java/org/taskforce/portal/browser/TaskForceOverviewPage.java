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

    /**
     * Whether the table lists the task force: searched for by name, since tests add task forces of their own and the
     * table shows them a page at a time.
     */
    boolean lists(DemoTaskForce taskForce) {
        search(taskForce.displayName());
        return browser.isPresent(By.cssSelector("[id='list:taskForces'] .tf-" + taskForce.slug()));
    }

    /** Types into the table's search box; the table filters itself with ajax as one types. */
    TaskForceOverviewPage search(String text) {
        searchTable("list:taskForces", text, this::taskForceNames);
        browser.checkScreen();
        return this;
    }

    /** The sentence that says when the figures below were counted. */
    String countedAt() {
        return browser.driver().findElement(By.id("countedAt")).getText().trim();
    }

    /** Presses "count again now"; returns the page's messages then. */
    List<String> recount() {
        clickAndWait("figuresCount:recount");
        return TrainingPages.messages(browser);
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

    /**
     * Appoints a coordinator of the task force with this name through its coordinators dialog, with a one-time password
     * for a new account; returns the password shown, or the dialog's messages joined when none is shown.
     */
    String appointCoordinator(String taskForceName, String email, String firstName, String lastName) {
        appoint(taskForceName, email, firstName, lastName, "coordinators:delivery:0");
        if (!browser.isPresent(By.id("coordinators:password"))) {
            return appointmentMessages();
        }
        String password = browser.driver().findElement(By.id("coordinators:password")).getDomProperty("value");
        List<String> coordinators = browser.driver().findElements(By.cssSelector(
                "[id='coordinators:current'] .coordinator-name")).stream().map(WebElement::getText).toList();
        clickAndWait("coordinators:done");
        return coordinators.contains(firstName + " " + lastName) ? password : "not listed: " + coordinators;
    }

    /**
     * Appoints a coordinator of the task force with this name, having Keycloak e-mail a new account's person; returns
     * the dialog's e-mail notice, or its messages joined when it shows none.
     */
    String appointCoordinatorByEmail(String taskForceName, String email, String firstName, String lastName) {
        appoint(taskForceName, email, firstName, lastName, "coordinators:delivery:1");
        if (!browser.isPresent(By.id("coordinators:emailed"))) {
            return appointmentMessages();
        }
        String notice = browser.driver().findElement(By.id("coordinators:emailed")).getText().trim();
        clickAndWait("coordinators:done");
        return notice;
    }

    /** Fills in and sends the coordinators dialog of the task force, with the way in given where it is offered. */
    private void appoint(String taskForceName, String email, String firstName, String lastName, String delivery) {
        search(taskForceName);
        clickAndWait("list:taskForces:0:coordinators");
        browser.waitFor(By.id("coordinators:email"));
        typeInto("coordinators:email", email);
        typeInto("coordinators:firstName", firstName);
        typeInto("coordinators:lastName", lastName);
        if (browser.isPresent(By.id(delivery))) { // offered only where Keycloak can send mail
            browser.driver().findElement(By.cssSelector("label[for='" + delivery + "']")).click();
        }
        clickAndWait("coordinators:appoint");
    }

    private String appointmentMessages() {
        return String.join(" | ", browser.driver().findElements(By.cssSelector(
                "[id='coordinators:dialogMessages'] li")).stream().map(WebElement::getText).toList());
    }

    /** Closes the dialog for a new task force without creating anything. */
    void closeDialog() {
        clickAndWait("newTaskForce:close");
    }
}
