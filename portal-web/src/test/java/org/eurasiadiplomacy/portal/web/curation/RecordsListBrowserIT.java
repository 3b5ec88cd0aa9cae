package org.eurasiadiplomacy.portal.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16, item 2: the administrators' list of records is a lazy table, 25 records a page of the article's 300
 * and more, searched and sorted in the database, with every row's actions whole at 1280 px and at 390 px.
 */
class RecordsListBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theListIsPagedSearchedAndSortedAndItsActionsFitADesktopAndAPhone() {
        String admin = TestAccounts.insert(TestAccounts.uniqueName("lister"), TestAccounts.PASSWORD, true,
                "ADMIN", "STAFF");
        SignInPage.open(browser, base, "en").signInTo(admin, TestAccounts.PASSWORD, "/admin/");
        browser.driver().get(Browser.local(base) + "admin/records.xhtml?lang=en");

        assertEquals(25, rows().size(), "one page of 25");
        String report = browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
        assertTrue(report.matches("1-25 of \\d{3,} records"), report);
        assertActionsWhole("at 1280 px");
        browser.screenshot("admin-records");
        browser.assertAccessible();

        reload(() -> {
            WebElement search = browser.driver().findElement(By.cssSelector("input[id$='globalFilter']"));
            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            search.sendKeys("uzbek");
        });
        List<String> labels = labels();
        assertFalse(labels.isEmpty(), "records about Uzbekistan");
        assertTrue(labels.contains("UZB Uzbekistan"), labels.toString());
        reload(() -> browser.driver().findElement(By.cssSelector("th[id$=':label'] .ui-column-title")).click());
        List<String> sorted = labels();
        assertEquals(sorted.stream().sorted(Comparator.naturalOrder()).toList(), sorted, "by label");

        browser.resize(Browser.PHONE);
        browser.driver().get(Browser.local(base) + "admin/records.xhtml?lang=en&q=Japan");
        assertFalse(rows().isEmpty());
        assertTrue(labels().stream().allMatch(l -> l.toLowerCase(Locale.ROOT).contains("japan")), labels().toString());
        assertActionsWhole("at 390 px");
        browser.driver().executeScript("document.getElementById('list').scrollIntoView()");
        browser.screenshot("admin-records-phone");
        browser.resize(Browser.DESKTOP);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("tbody[id$='records_data'] > tr[data-ri]"));
    }

    private List<String> labels() {
        return rows().stream().map(r -> r.findElement(By.cssSelector("a.record-link")).getText().strip()).toList();
    }

    /** Every action of every row is shown, inside the window, and not cut by its cell. */
    private void assertActionsWhole(String where) {
        long window = (Long) browser.driver().executeScript("return document.documentElement.clientWidth;");
        for (WebElement row : rows()) {
            for (WebElement action : row.findElements(By.cssSelector(".row-actions .button"))) {
                assertTrue(action.isDisplayed(), where + ": " + action.getText());
                long right = ((Number) browser.driver().executeScript(
                        "return arguments[0].getBoundingClientRect().right;", action)).longValue();
                assertTrue(right <= window, where + ": \"" + action.getText() + "\" ends at " + right + " px");
                assertTrue((Boolean) browser.driver().executeScript(
                        "return arguments[0].scrollWidth <= arguments[0].clientWidth + 1;", action),
                        where + ": \"" + action.getText() + "\" is cut");
            }
        }
        long sideways = (Long) browser.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, sideways, where + ": the page does not scroll sideways");
    }

    /** Does what makes the table ask the server again, and waits until its answer has replaced the rows. */
    private void reload(Runnable action) {
        WebElement before = rows().get(0);
        action.run();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
