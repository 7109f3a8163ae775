package org.taskforce.portal.browser;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A page in the frame of signed-in people ({@code WEB-INF/templates/layout.xhtml}): what its header offers on every
 * page (task force switcher, language, sign-out) is here.
 */
abstract class SignedInPage extends PortalPage {

    private static final By SWITCHER_BUTTON = By.id("switcher:taskForceMenu_button");
    private static final By SWITCHER_ITEMS = By.cssSelector("[id='switcher:taskForceMenu_menu'] .ui-menuitem-link");
    private static final By SIGN_OUT = By.id("signOutButton");

    SignedInPage(Browser browser, By marker) {
        super(browser, marker);
    }

    String signOutLabel() {
        return browser.driver().findElement(SIGN_OUT).getText();
    }

    /** The texts of the main navigation's links. */
    List<String> navigation() {
        return browser.driver().findElements(By.cssSelector(".portal-nav a")).stream()
                .map(WebElement::getText).toList();
    }

    /** Chooses a language with the header's links; the portal shows the same page again in it. */
    <P> P changeLanguage(Locale language, Function<Browser, P> samePage) {
        browser.clickAndWaitForPage(browser.driver().findElement(By.id("language:" + language.getLanguage())));
        return browser.on(samePage);
    }

    SignedOutPage signOut() {
        browser.clickAndWaitForPage(browser.driver().findElement(SIGN_OUT));
        return browser.on(SignedOutPage::new);
    }

    /** The label of the task force switcher: the current task force's name. */
    String switcherLabel() {
        return browser.driver().findElement(SWITCHER_BUTTON).getText().trim();
    }

    /** The task forces the switcher offers (read without opening it). */
    List<String> switcherChoices() {
        return browser.driver().findElements(SWITCHER_ITEMS).stream()
                .map(item -> item.getDomProperty("textContent").trim()).toList();
    }

    /** Opens the header's task force switcher and goes to another task force. */
    TaskForceHomePage switchTo(DemoTaskForce taskForce) {
        browser.driver().findElement(SWITCHER_BUTTON).click();
        WebElement item = browser.waitFor(By.cssSelector(
                "[id='switcher:taskForceMenu_menu'] .switch-" + taskForce.slug()));
        browser.checkScreen(); // the open menu is a screen of its own
        browser.clickAndWaitForPage(item);
        return browser.on(TaskForceHomePage::new);
    }

    /** Clicks a button or link by its client id and waits until its ajax request and any animation are done. */
    void clickAndWait(String id) {
        browser.waitFor(By.id(id)).click();
        browser.waitForAjax();
    }

    /**
     * Types into the search box of a table ({@code <tableId>:globalFilter}) and waits until the rows' texts, as
     * {@code shown} reads them, all contain what was typed (ignoring case, as the table's filter does), then until the
     * last of its filter requests (one per key typed) is done: rows clicked next are the final ones, not rows about to
     * be drawn again. Returns what the table then shows.
     */
    List<String> searchTable(String tableId, String text, Supplier<List<String>> shown) {
        WebElement box = browser.driver().findElement(By.id(tableId + ":globalFilter"));
        box.clear();
        box.sendKeys(text);
        String lower = text.toLowerCase(Locale.ROOT);
        browser.waitUntil(driver -> shown.get().stream()
                .allMatch(row -> row.toLowerCase(Locale.ROOT).contains(lower)));
        browser.waitForAjax();
        return shown.get();
    }

    /** Replaces what a field holds with the text, typed key by key as a person would. */
    void typeInto(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }
}
