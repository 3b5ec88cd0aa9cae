package org.eurasiadiplomacy.portal.web.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A reader browses the bibliography: entries as the article prints them, footnotes, filters, one source. */
class SourcesBrowserIT extends DeployedPortal {

    /** Footnote 4 of the article, a Chinese journal article, exactly as printed. */
    private static final String FOOTNOTE_4 = "陳立樵，〈伊斯蘭國之前的中東國際關係〉，《歐亞研究》，第 3 期（2018 年 4 月），頁 73-81。";
    /** Footnote 37, an English chapter in an edited book, exactly as printed. */
    private static final String FOOTNOTE_37 = "Dmitry Streltsov, “Russia’s Approach to Japan under Vladimir Putin: A"
            + " Strategic Perspective,” in Gilbert Rozman ed., Japan-Russia Relations: Implications for the US-Japan"
            + " Alliance (Washington DC: Sasakawa Peace Foundation, 2016), pp. 51-60.";

    @RegisterExtension
    final Browser browser = new Browser();

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path);
    }

    private WebElement entry(long id) {
        return browser.driver().findElement(By.id("source-" + id));
    }

    @Test
    void entriesReadAsTheArticlePrintsThemInBothForms() {
        open("sources.xhtml?lang=zh-TW");

        assertEquals(FOOTNOTE_4, entry(2003).findElement(By.className("bib-entry__text")).getText());
        assertEquals(FOOTNOTE_37, entry(2035).findElement(By.className("bib-entry__text")).getText());
        assertEquals("共 41 筆文獻", browser.driver().findElement(By.id("source-count")).getText());
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("sources-zh-desktop");

        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        browser.screenshot("sources-zh-phone");
    }

    @Test
    void aFootnoteNumberLeadsToThatFootnote() {
        open("sources.xhtml?lang=en");

        browser.clickToNewPage(entry(2035).findElement(By.cssSelector("a.footnote-marker")));

        assertEquals("Footnote 37", browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertEquals(FOOTNOTE_37, browser.driver().findElement(By.cssSelector("blockquote.printed")).getText());

        browser.clickToNewPage(browser.driver().findElement(By.cssSelector(".source-list a")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/source.xhtml?id=2035"), "and back to the source");
    }

    @Test
    void aSupportedRecordLinksToItsPage() {
        open("sources.xhtml?lang=en");

        WebElement meeting = entry(2016).findElements(By.cssSelector("a.record-chip")).stream()
                .filter(chip -> chip.getAttribute("href").endsWith("/meeting.xhtml?id=1300")).findFirst()
                .orElseThrow();

        assertTrue(meeting.getText().startsWith("Meeting"), meeting.getText());
        assertTrue(meeting.getText().endsWith("No. 1 (2004)"), "the first meeting, Astana 2004: " + meeting.getText());
    }

    @Test
    void filtersByTextTypeAndYearThroughTheUrl() {
        open("sources.xhtml?lang=en");
        browser.driver().findElement(By.id("q")).sendKeys("Central Asia");
        new Select(browser.driver().findElement(By.id("type"))).selectByValue("JOURNAL_ARTICLE");
        browser.driver().findElement(By.id("yearFrom")).sendKeys("2007");
        browser.clickToNewPage(browser.driver().findElement(By.cssSelector(".bib-filter button[type=submit]")));

        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("q=Central+Asia") && url.contains("type=JOURNAL_ARTICLE") && url.contains("yearFrom=2007"),
                url);
        List<String> ids = browser.driver().findElements(By.cssSelector("li.bib-entry")).stream()
                .map(li -> li.getAttribute("data-source-id")).toList();
        assertEquals(List.of("2007", "2014", "2016", "2024"), ids, "journal articles on Central Asia from 2007;"
                + " Len's of 2005 (2015) is too early");
        assertEquals("Journal article", new Select(browser.driver().findElement(By.id("type")))
                .getFirstSelectedOption().getText(), "the form shows the filter in force");
        browser.screenshot("sources-en-filtered-desktop");
    }

    @Test
    void aFootnotePageListsTheRecordsItSupports() {
        open("citation.xhtml?id=2116&lang=en");
        assertEquals("Records this note supports", browser.driver().findElement(By.id("citation-supports")).getText());
        List<String> records = supportedRecords();
        assertEquals(4, records.size(), records.toString());
        for (String page : List.of("/initiative.xhtml?id=1200", "/meeting.xhtml?id=1300", "/visit.xhtml?id=1402",
                "/agreement.xhtml?id=1506")) {
            assertTrue(records.stream().anyMatch(link -> link.endsWith(page)), page + " in " + records);
        }
        browser.assertAccessible();
        browser.screenshot("citation-en-desktop");

        browser.resize(Browser.PHONE);
        open("citation.xhtml?id=2116&lang=zh-TW");
        assertEquals("本註腳支持的紀錄", browser.driver().findElement(By.id("citation-supports")).getText());
        assertEquals(records, supportedRecords());
        browser.assertAccessible();
        browser.screenshot("citation-zh-phone");
    }

    private List<String> supportedRecords() {
        return browser.driver().findElements(By.cssSelector("#supported-records a.record-chip")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    @Test
    void anUnknownTypeInTheAddressIsCalledThatNotAYearProblem() {
        open("sources.xhtml?type=bogus&lang=en");
        assertEquals("The address names a source type the portal does not know. Choose a type from the list.",
                browser.driver().findElement(By.id("source-problem")).getText());
        browser.assertAccessible();
        browser.screenshot("sources-en-unknown-type-desktop");

        browser.resize(Browser.PHONE);
        open("sources.xhtml?type=bogus&lang=zh-TW");
        assertEquals("網址中的來源類型不存在，請從清單中選擇類型。",
                browser.driver().findElement(By.id("source-problem")).getText());
        browser.assertAccessible();
        browser.screenshot("sources-zh-unknown-type-phone");

        open("sources.xhtml?yearFrom=abc&lang=en");
        assertTrue(browser.driver().findElement(By.id("source-problem")).getText().contains("years are whole numbers"),
                "a year that is no number is still called a year problem");
    }

    @Test
    void oneSourceWithEveryFieldInEnglishAndChinese() {
        open("sources.xhtml?lang=en");
        browser.screenshot("sources-en-desktop");
        browser.clickToNewPage(entry(2035).findElement(By.className("bib-entry__more")));

        assertEquals("Russia’s Approach to Japan under Vladimir Putin: A Strategic Perspective",
                browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertEquals(FOOTNOTE_37, browser.driver().findElement(By.cssSelector(".bib-entry__text")).getText());
        assertEquals("Dmitry Streltsov Author", browser.driver().findElement(By.cssSelector(".contributors li"))
                .getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".fields")).getText()
                .contains("Japan-Russia Relations: Implications for the US-Japan Alliance"), "the book it stands in");
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("source-en-desktop");
        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        browser.screenshot("source-en-phone");

        open("source.xhtml?id=2000&lang=zh-TW");
        assertTrue(browser.driver().findElement(By.id("note-2200")).getText().contains("高板正堯"),
                "the curator's note on the printed misspelling");
        browser.resize(Browser.DESKTOP);
        browser.screenshot("source-zh-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot("source-zh-phone");
        open("sources.xhtml?lang=en");
        browser.screenshot("sources-en-phone");
    }
}
