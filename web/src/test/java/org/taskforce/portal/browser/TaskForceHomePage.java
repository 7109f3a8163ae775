package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * {@code /taskforce/home.xhtml}: the current task force, its agencies (chips that list an agency's people) and its
 * members in one table.
 */
final class TaskForceHomePage extends SignedInPage {

    TaskForceHomePage(Browser browser) {
        super(browser, By.id("taskForceName"));
    }

    String taskForceName() {
        return browser.driver().findElement(By.id("taskForceName")).getText();
    }

    /** The names in the member table (its current page). */
    List<String> memberNames() {
        return browser.driver().findElements(By.cssSelector(".members tbody tr td:first-child")).stream()
                .map(WebElement::getText).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    /** The agency chips' texts: name, kind of agency and number of people. */
    List<String> agencies() {
        return chips().stream().map(WebElement::getText).map(text -> text.replaceAll("\\s+", " ").trim()).toList();
    }

    /** The texts of the chips that are pressed (the table lists that agency's people). */
    List<String> pressedAgencies() {
        return chips().stream().filter(chip -> "true".equals(chip.getAttribute("aria-pressed")))
                .map(chip -> chip.findElement(By.className("agency-name")).getText()).toList();
    }

    /** Presses (or releases) the chip of the agency whose name starts with {@code name}; the table filters. */
    void toggleAgency(String name) {
        WebElement chip = chips().stream()
                .filter(candidate -> candidate.findElement(By.className("agency-name")).getText().startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError("no chip for " + name + " in " + agencies()));
        browser.clickCentred(chip);
        browser.waitForAjax();
    }

    /** Types into the member table's search; the table filters as the person types. */
    void search(String text) {
        WebElement field = browser.driver().findElement(By.id("members:list:globalFilter"));
        field.clear();
        field.sendKeys(text);
        browser.waitForAjax();
    }

    private List<WebElement> chips() {
        return browser.driver().findElements(By.cssSelector(".agency-chip"));
    }
}
