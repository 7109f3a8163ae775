package org.taskforce.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taskforce/agencies.xhtml}: a coordinator's agencies, with the dialog to add or change one. */
final class AgencyListPage extends SignedInPage {

    AgencyListPage(Browser browser) {
        super(browser, By.id("agencies:list"));
    }

    static AgencyListPage open(Browser browser) {
        browser.open("/taskforce/agencies.xhtml");
        return browser.on(AgencyListPage::new);
    }

    /** Fills in the dialog for a new agency (opening it unless still open) and saves; returns its messages. */
    List<String> add(String name, String code, String type) {
        if (!browser.driver().findElement(By.id("agency:name")).isDisplayed()) {
            clickAndWait("actions:add");
            browser.waitFor(By.id("agency:name"));
        }
        typeInto("agency:name", name);
        typeInto("agency:code", code);
        browser.script("PrimeFaces.getWidgetById('agency:type').selectValue(arguments[0]);", type);
        clickAndWait("agency:save");
        return browser.driver().findElements(By.cssSelector("[id='agency:dialogMessages'] li")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** Renames the agency in the row with this name. */
    void rename(String name, String newName) {
        clickAndWait("agencies:list:" + names().indexOf(name) + ":edit");
        browser.waitFor(By.id("agency:name"));
        typeInto("agency:name", newName);
        clickAndWait("agency:save");
    }

    List<String> names() {
        return browser.driver().findElements(By.cssSelector("[id='agencies:list'] .agency-name")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
