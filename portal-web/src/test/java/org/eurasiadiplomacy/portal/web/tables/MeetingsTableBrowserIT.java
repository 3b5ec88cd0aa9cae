package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.PortalWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader filters, sorts, searches and exports the table of meetings; every step runs in the database. */
@ExtendWith(ArquillianExtension.class)
class MeetingsTableBrowserIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.built();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void openTheTable() {
        browser.driver().get(Browser.local(base) + "meetings.xhtml?lang=en");
    }

    @Test
    void listsTableOneAndCountsTheRows() {
        assertEquals(8, rows().size(), "the seven meetings of Table 1 and the Brussels forum");
        assertTrue(report().contains("of 8 records"), report());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), column(1).subList(0, 7));
        browser.screenshot("meetings-en-desktop");
    }

    @Test
    void filtersByHostCountry() {
        selectFilter("country", "Kazakhstan");

        assertEquals(1, rows().size());
        assertEquals("Astana", column(3).get(0));
        assertTrue(report().contains("of 1 records"), report());
    }

    @Test
    void aYearColumnTakesARange() {
        typeFilter("year", "2012-2015");

        assertEquals(List.of("2012", "2014"), column(2));
    }

    @Test
    void theGlobalSearchMatchesChineseAndIgnoresWidth() {
        type(browser.driver().findElement(By.cssSelector("input[id$='globalFilter']")), "塔什干");
        assertEquals(List.of("Tashkent"), column(3));

        type(browser.driver().findElement(By.cssSelector("input[id$='globalFilter']")), "ＴＯＫＹＯ");
        assertEquals(List.of("Tokyo", "Tokyo"), column(3), "full-width Latin letters match half-width data");
    }

    @Test
    void sortsByYearDescending() {
        sortBy("year");
        sortBy("year");

        assertEquals("2019", column(2).get(0));
        assertEquals("2004", column(2).get(column(2).size() - 1));
    }

    @Test
    void aFootnoteMarkerLeadsToTheCitedSource() {
        WebElement marker = browser.driver().findElements(By.cssSelector("a.footnote-marker")).stream()
                .filter(m -> m.getText().equals("表一")).findFirst().orElseThrow();
        marker.click();

        assertEquals("Footnote 表一", browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector("blockquote.printed")).getText()
                .contains("資料來源：作者自行整理自日本外務省網頁"), "Table 1's note as printed");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("tbody[id$='table_data'] > tr[data-ri]"));
    }

    private List<String> column(int index) {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(index - 1).getText().strip()).toList();
    }

    private String report() {
        return browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
    }

    /** Clicks the column's title (the header cell also holds the filter input). */
    private void sortBy(String field) {
        browser.driver().findElement(By.cssSelector("th[id='tableForm:table:" + field + "'] .ui-column-title")).click();
        waitForTable();
    }

    private void typeFilter(String field, String text) {
        type(browser.driver().findElement(By.id("tableForm:table:" + field + ":filter")), text);
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
        waitForTable();
    }

    private void selectFilter(String field, String label) {
        browser.driver().findElement(By.id("tableForm:table:" + field + "Filter")).click();
        browser.driver().findElements(By.cssSelector(".ui-selectonemenu-panel li")).stream()
                .filter(li -> li.isDisplayed() && li.getText().equals(label)).findFirst().orElseThrow().click();
        waitForTable();
    }

    private void waitForTable() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
        try {
            Thread.sleep(600); // the filter's delay before it sends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
