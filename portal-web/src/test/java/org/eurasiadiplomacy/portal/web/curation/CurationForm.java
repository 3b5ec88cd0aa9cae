package org.eurasiadiplomacy.portal.web.curation;

import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The curation form of /admin/record.xhtml as a person uses it: inputs found by their field's form key. */
final class CurationForm {

    private final Browser browser;
    private final WebDriver driver;

    CurationForm(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    WebElement input(String key) {
        return driver.findElement(By.cssSelector("[data-key='" + key + "']"));
    }

    void type(String key, String text) {
        WebElement input = input(key);
        input.clear();
        input.sendKeys(text);
    }

    String value(String key) {
        return input(key).getDomProperty("value");
    }

    void choose(String key, String value) {
        new Select(input(key)).selectByValue(value);
    }

    void chooseOption(String key, int index) {
        new Select(input(key)).selectByIndex(index);
    }

    /** A multiple-choice field (supporting footnotes, countries): its chosen list and search box. */
    ChoiceListWidget choices(String field) {
        return new ChoiceListWidget(browser, field);
    }

    /** The fields of the form, each as its container (class {@code curation-field--<type>}). */
    List<WebElement> fields() {
        return driver.findElements(By.cssSelector(".curation-field"));
    }

    Optional<String> problem(String key) {
        return driver.findElements(By.cssSelector("[data-problem='" + key + "']")).stream()
                .map(WebElement::getText).findFirst();
    }

    List<WebElement> problems() {
        return driver.findElements(By.cssSelector("[data-problem]"));
    }

    void save() {
        click("record:save");
    }

    /** Clicks a button that posts the page, and waits until the answer is a new, fully loaded document. */
    void click(String id) {
        browser.clickToNewPage(driver.findElement(By.id(id)));
    }

    /** Adds an empty row to a rows field (the form is posted, what was typed stays). */
    void addRow(String field) {
        browser.clickToNewPage(driver.findElement(By.cssSelector("[data-add-row='" + field + "']")));
    }

    /** Moves a row up or down, or removes it: {@code action} is "up", "down" or "remove". */
    void rowAction(String field, int row, String action) {
        browser.clickToNewPage(driver.findElement(By.cssSelector(
                "li[data-row-of='" + field + "'][data-row='" + row + "'] [data-row-action='" + action + "']")));
    }

    int rowCount(String field) {
        return driver.findElements(By.cssSelector("li[data-row-of='" + field + "']")).size();
    }

    /** The page's messages (saved, refused, published), as the person reads them. */
    String message() {
        return driver.findElement(By.id("messages")).getText();
    }

    String stateBadge() {
        return driver.findElement(By.cssSelector("#record-state .status-badge")).getAttribute("class");
    }

    /**
     * Whether the browser's address is the record's own, {@code /admin/record.xhtml?id=<id>}: after every save
     * and change of state the page redirects there, so a reload, a bookmark or a new tab finds the record.
     */
    boolean isAtRecord(long id) {
        return driver.getCurrentUrl().endsWith("/admin/record.xhtml?id=" + id);
    }

    /** The id of the record the page shows (after a create, from the URL it was redirected to). */
    long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
}
