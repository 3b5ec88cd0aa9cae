package org.eurasiadiplomacy.portal.web.tables;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page object of a listing table (WEB-INF/templates/listing-table.xhtml): its rows, columns by field, its
 * filters, sorting and search. Every action waits until the table's request has come back.
 */
final class ListingTable {

    private final ChromeDriver driver;

    ListingTable(ChromeDriver driver) {
        this.driver = driver;
    }

    List<WebElement> rows() {
        return driver.findElements(By.cssSelector("tbody[id$='table_data'] > tr[data-ri]"));
    }

    /** The texts of one column, found by its field, in row order. */
    List<String> column(String field) {
        int at = position(field);
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(at).getText().strip()).toList();
    }

    /** The texts of the items ({@code selector}) of one column's cells, row after row. */
    List<String> cellItems(String field, String selector) {
        return rows().stream().flatMap(r -> r.findElements(By.cssSelector("td:nth-child(" + (position(field) + 1) + ") "
                + selector)).stream()).map(item -> item.getText().strip()).toList();
    }

    /** The first link in one column of each row. */
    List<String> links(String field) {
        return rows().stream().map(r -> r.findElement(By.cssSelector("td:nth-child(" + (position(field) + 1) + ") a"))
                .getAttribute("href")).toList();
    }

    String report() {
        return driver.findElement(By.cssSelector(".ui-paginator-current")).getText();
    }

    String emptyMessage() {
        return driver.findElement(By.cssSelector("tbody[id$='table_data'] > tr.ui-datatable-empty-message")).getText();
    }

    /** How many pixels the page is wider than the window: 0 when nothing scrolls sideways. */
    long sidewaysOverflow() {
        return (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Brings the table's head (its filters) and first records into view, e.g. for a screenshot. */
    void scrollToTable() {
        driver.executeScript("document.getElementById('tableForm').scrollIntoView()");
    }

    ListingTable typeFilter(String field, String text) {
        return type(filterInput(field), text);
    }

    WebElement filterInput(String field) {
        return driver.findElement(By.id("tableForm:table:" + field + ":filter"));
    }

    ListingTable search(String text) {
        return type(driver.findElement(By.cssSelector("input[id$='globalFilter']")), text);
    }

    ListingTable selectFilter(String field, String label) {
        return reload(() -> {
            String panel = "tableForm:table:" + field + "Filter_panel";
            driver.findElement(By.id("tableForm:table:" + field + "Filter")).click();
            // the panel fades in, and a click during its transition can be lost: wait until it is fully shown
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "var p = document.getElementById(arguments[0]);"
                            + " return !!p && p.offsetParent !== null && getComputedStyle(p).opacity === '1';", panel)));
            new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("no choice " + label).until(d -> d
                    .findElements(By.cssSelector("[id='" + panel + "'] li")).stream()
                    .filter(li -> li.isDisplayed() && li.getText().equals(label)).findFirst().orElse(null)).click();
        });
    }

    /** The labels a dropdown filter offers, "All" first (read from the select the widget is built on). */
    List<String> filterChoices(String field) {
        return driver.findElements(By.cssSelector("[id='tableForm:table:" + field + "Filter_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /** How the column is sorted, as its heading tells assistive technology: ascending, descending or none. */
    String sortState(String field) {
        String sort = driver.findElement(By.cssSelector("th[id='tableForm:table:" + field + "']")).getAttribute("aria-sort");
        return sort == null ? "none" : sort;
    }

    /** Whether the column's heading shows a sort arrow (PrimeFaces' icon for an ordered column). */
    boolean showsSortArrow(String field) {
        return !driver.findElements(By.cssSelector("th[id='tableForm:table:" + field + "']"
                + " .ui-sortable-column-icon.ui-icon-triangle-1-n, th[id='tableForm:table:" + field + "']"
                + " .ui-sortable-column-icon.ui-icon-triangle-1-s")).isEmpty();
    }

    /**
     * Shows or hides columns with "Columns": opens the toggler once, clicks each column's checkbox (by its
     * heading) and closes the toggler again.
     */
    ListingTable toggleColumns(String... headings) {
        driver.findElement(By.id("tableForm:table:toggler")).click();
        for (String heading : headings) {
            WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .withMessage(() -> "no toggler item " + heading + " among " + driver.findElements(
                            By.cssSelector(".ui-columntoggler-item label")).stream()
                            .map(label -> label.getAttribute("textContent")).toList())
                    .until(d -> d.findElements(By.cssSelector(".ui-columntoggler-item")).stream()
                            .filter(li -> li.isDisplayed() && heading.equals(li.findElement(By.tagName("label"))
                                    .getAttribute("textContent").strip())).findFirst().orElse(null));
            item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        driver.findElement(By.id("tableForm:table:toggler")).click();
        return this;
    }

    /** Where the "CSV" export link points. */
    String exportLink() {
        return driver.findElement(By.id("exportCsv")).getAttribute("href");
    }

    /** The label shown by a dropdown filter. */
    String selectedFilter(String field) {
        return driver.findElement(By.cssSelector("[id='tableForm:table:" + field + "Filter'] .ui-selectonemenu-label"))
                .getText();
    }

    /** Clicks the column's title (the header cell also holds the filter input). */
    ListingTable sortBy(String field) {
        return reload(() -> driver.findElement(By.cssSelector("th[id='tableForm:table:" + field + "'] .ui-column-title"))
                .click());
    }

    /** Ctrl-clicks the column's title: the column joins the order after those already in it. */
    ListingTable sortAlsoBy(String field) {
        WebElement title = driver.findElement(By.cssSelector("th[id='tableForm:table:" + field + "'] .ui-column-title"));
        return reload(() -> new Actions(driver).keyDown(Keys.CONTROL).click(title).keyUp(Keys.CONTROL).perform());
    }

    /** The column's heading as the reader sees it. */
    String heading(String field) {
        return driver.findElement(By.cssSelector("th[id='tableForm:table:" + field + "'] .ui-column-title")).getText();
    }

    /** The sentence above the table that names the order in force. */
    String orderText() {
        return driver.findElement(By.className("listing__order-text")).getText();
    }

    /** Presses "Reset order", which loads the page again in its own order. */
    ListingTable resetOrder() {
        WebElement before = driver.findElement(By.id("tableForm"));
        driver.findElement(By.id("resetOrder")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        return waitForTable();
    }

    /**
     * Does what makes the table ask the server again, and waits until the answer has replaced the rows (every
     * filter, sort and page request renders the body anew, even when the rows are the same).
     */
    ListingTable reload(Runnable action) {
        WebElement before = driver.findElement(By.cssSelector("tbody[id$='table_data'] > tr"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        return waitForTable();
    }

    /** Waits until no request of the page is pending, so that what follows sees the final rows. */
    private ListingTable waitForTable() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    private int position(String field) {
        List<WebElement> headers = driver.findElements(By.cssSelector("thead[id$='table_head'] > tr > th"));
        for (int i = 0; i < headers.size(); i++) {
            if (("tableForm:table:" + field).equals(headers.get(i).getAttribute("id"))) {
                return i;
            }
        }
        throw new AssertionError("no column " + field);
    }

    /** Replaces the input's text by keystrokes, as a reader does: clearing alone sends no key, so no filter. */
    private ListingTable type(WebElement input, String text) {
        return reload(() -> {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(text);
        });
    }
}
