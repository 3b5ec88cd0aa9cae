package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader filters, sorts, searches and exports the table of meetings; every step runs in the database. */
class MeetingsTableBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    private ListingTable table;

    @BeforeEach
    void openTheTable() {
        browser.driver().get(Browser.local(base) + "meetings.xhtml?lang=en");
        table = new ListingTable(browser.driver());
    }

    @Test
    void listsTableOneAndCountsTheRows() {
        assertEquals(8, table.rows().size(), "the seven meetings of Table 1 and the Brussels forum");
        assertTrue(table.report().contains("of 8 records"), table.report());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), table.column("ordinal").subList(0, 7));
        assertEquals("Central Asia plus Japan dialogue", table.column("initiative").get(0), "the framework by name");
        assertTrue(table.links("ordinal").get(0).endsWith("/meeting.xhtml?id=1300"), table.links("ordinal").get(0));
        assertTrue(table.links("initiative").get(0).endsWith("/initiative.xhtml?id=1200"));
        browser.screenshot("meetings-en-desktop");
    }

    @Test
    void filtersByHostCountry() {
        table.selectFilter("country", "Kazakhstan");

        assertEquals(1, table.rows().size());
        assertEquals("Astana", table.column("city").get(0));
        assertEquals("1 record", table.report(), "one record, in the singular");
    }

    @Test
    void aYearColumnTakesARange() {
        table.typeFilter("year", "2012-2015");

        assertEquals(List.of("2012", "2014"), table.column("year"));
    }

    @Test
    void theGlobalSearchMatchesChineseAndIgnoresWidth() {
        table.search("塔什干");
        assertEquals(List.of("Tashkent"), table.column("city"));

        table.search("ＴＯＫＹＯ");
        assertEquals(List.of("Tokyo", "Tokyo"), table.column("city"), "full-width Latin letters match half-width data");
    }

    @Test
    void theLanguageSwitchKeepsTheSearchTheReaderTypedAfterThePageLoaded() {
        table.search("Tashkent");
        assertEquals(1, table.rows().size());
        assertTrue(browser.driver().getCurrentUrl().contains("q=Tashkent"), browser.driver().getCurrentUrl());

        browser.clickToNewPage(browser.driver().findElement(By.cssSelector(".language-switch a[hreflang='zh-Hant-TW']")));
        table = new ListingTable(browser.driver());

        assertEquals(List.of("塔什干"), table.column("city"), "the same one row, now in Chinese");
        assertTrue(browser.driver().getCurrentUrl().contains("q=Tashkent"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getCurrentUrl().contains("lang=zh-TW"), browser.driver().getCurrentUrl());
    }

    @Test
    void sortsByYearDescending() {
        table.sortBy("year");
        table.sortBy("year");

        assertEquals("2019", table.column("year").get(0));
        assertEquals("2004", table.column("year").get(table.column("year").size() - 1));
    }

    @Test
    void aFootnoteMarkerLeadsToTheCitedSource() {
        WebElement marker = browser.driver().findElements(By.cssSelector("a.footnote-marker")).stream()
                .filter(m -> m.getText().equals("Table 1")).findFirst().orElseThrow();
        browser.clickToNewPage(marker);

        assertEquals("The note to Table 1", browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector("blockquote.printed")).getText()
                .contains("資料來源：作者自行整理自日本外務省網頁"), "Table 1's note as printed");
    }
}
