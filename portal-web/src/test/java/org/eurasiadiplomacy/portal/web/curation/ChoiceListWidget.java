package org.eurasiadiplomacy.portal.web.curation;

import java.time.Duration;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A multiple-choice field of the record editor (supporting footnotes, countries) as a person uses it: the list of
 * what is chosen, a remove button per value, and a search box with suggestions, used by keyboard.
 */
final class ChoiceListWidget {

    private final Browser browser;
    private final String field;

    ChoiceListWidget(Browser browser, String field) {
        this.browser = browser;
        this.field = field;
    }

    private WebElement root() {
        return browser.driver().findElement(By.cssSelector("fieldset[data-picker='" + field + "']"));
    }

    WebElement searchBox() {
        return root().findElement(By.cssSelector("input.ui-autocomplete-input"));
    }

    /** The labels of the chosen values, as the page shows them. */
    List<String> chosen() {
        return root().findElements(By.cssSelector(".curation-picker__label")).stream().map(WebElement::getText)
                .toList();
    }

    /** The suggestions shown for {@code query}, waited for. */
    List<String> suggestions(String query) {
        WebElement box = searchBox();
        box.clear();
        box.sendKeys(query);
        String panel = "[id='" + box.getAttribute("id").replaceAll("_input$", "_panel") + "']";
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(panel + " li")))
                .stream().map(WebElement::getText).toList();
    }

    /** Types {@code query}, picks the first (highlighted) suggestion with Enter, and presses Add (the form is posted). */
    void add(String query) {
        suggestions(query);
        WebElement box = searchBox();
        box.sendKeys(Keys.ENTER);
        browser.clickToNewPage(root().findElement(By.cssSelector("[data-add='" + field + "']")));
    }

    /** Presses the remove button whose accessible name is {@code name}, e.g. "Remove [18]" (the form is posted). */
    void remove(String name) {
        browser.clickToNewPage(root().findElement(By.cssSelector("input[aria-label='" + name + "']")));
    }

    /** Removes every chosen value, one button at a time. */
    void clear() {
        while (!root().findElements(By.cssSelector("[data-remove]")).isEmpty()) {
            browser.clickToNewPage(root().findElements(By.cssSelector("[data-remove]")).get(0));
        }
    }

    /** Adds the first option that "[" (a footnote) or "a" (a country) offers: any value, for tests that need one. */
    void addAny() {
        add(field.equals("citations") ? "[" : "a");
    }
}
