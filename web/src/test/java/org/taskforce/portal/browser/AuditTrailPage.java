package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taskforce/audit.xhtml}: a coordinator's view of the task force's audit trail. */
final class AuditTrailPage extends SignedInPage {

    AuditTrailPage(Browser browser) {
        super(browser, By.id("audit:events"));
    }

    /** The rows as "who | action | record | outcome". */
    List<String> rows() {
        return browser.driver().findElements(By.cssSelector("#audit\\:events tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() >= 5)
                .map(cells -> text(cells.get(1)) + " | " + text(cells.get(2)) + " | " + text(cells.get(3)) + " | "
                        + text(cells.get(4)))
                .toList();
    }

    /** Types a search and waits for the table to show what it matches. */
    void search(String text) {
        WebElement field = browser.driver().findElement(By.id("audit:events:globalFilter"));
        field.clear();
        field.sendKeys(text);
        browser.waitForAjax();
    }

    /** Ticks "earlier years too" and waits for the table to read its first page again. */
    void includeEarlierYears() {
        browser.driver().findElement(By.cssSelector("#audit\\:events\\:earlierYears .ui-chkbox-box")).click();
        browser.waitForAjax();
    }

    /** Runs the chain check and returns the message the page shows. */
    String verify() {
        browser.driver().findElement(By.id("audit:verify")).click();
        browser.waitForAjax();
        return browser.waitFor(By.cssSelector("#messages li")).getText();
    }

    private static String text(WebElement cell) {
        return cell.getText().trim();
    }
}
