package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each public table lists its records, filters them in the database and links every row to its detail page;
 * each is usable on a phone. Screenshots of each, desktop in English and phone in Chinese, go to the tour.
 */
class TablePagesBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    private ListingTable open(String page) {
        browser.driver().get(Browser.local(base) + page);
        return new ListingTable(browser.driver());
    }

    @Test
    void visitsNameTheVisitorInBothScriptsAndFilterByDestination() {
        ListingTable table = open("visits.xhtml?lang=en");
        int all = table.rows().size();
        assertTrue(all >= 10, table.report());
        assertTrue(table.column("person").contains("Kawaguchi Yoriko\n川口順子"), "the name and its original script");
        browser.screenshot("visits-en-desktop");

        table.typeFilter("person", "ＫＡＷＡｇｕｃｈｉ");
        assertEquals(List.of("2004-08"), table.column("year"), "full-width and mixed case find Kawaguchi");
        assertTrue(table.links("year").get(0).endsWith("/visit.xhtml?id=1402"), table.links("year").get(0));
        assertTrue(table.links("person").get(0).endsWith("/person.xhtml?id=1103"));

        table.typeFilter("person", "");
        assertEquals(all, table.rows().size(), "a cleared filter is gone, though the address held it a moment ago");
        table.selectFilter("destinations", "Kazakhstan");
        assertTrue(table.rows().size() < all && !table.rows().isEmpty());
        assertTrue(table.column("destinations").stream().allMatch(to -> to.contains("Kazakhstan")),
                table.column("destinations").toString());
        assertTrue(browser.driver().getCurrentUrl().contains("destinations=KAZ"));
        assertPhoneFriendly("visits.xhtml", "visits-zh-phone");
    }

    @Test
    void agreementsFilterByKindAndFindJapaneseTitles() {
        ListingTable table = open("agreements.xhtml?lang=en");
        assertEquals(16, table.rows().size());
        assertTrue(table.links("title").get(0).matches(".*/agreement\\.xhtml\\?id=15\\d\\d"), table.links("title").get(0));
        browser.screenshot("agreements-en-desktop");

        table.selectFilter("kind", "Diplomatic relations");
        assertFalse(table.rows().isEmpty());
        assertEquals(List.of("Diplomatic relations"), table.column("kind").stream().distinct().toList());

        table.selectFilter("kind", "All");
        table.search("カザフスタン");
        assertEquals(4, table.rows().size(), "the four titles that name カザフスタン in Japanese");
        assertPhoneFriendly("agreements.xhtml", "agreements-zh-phone");
    }

    @Test
    void frameworksShowTheirProposerAndFilterByKind() {
        ListingTable table = open("initiatives.xhtml?lang=en");
        assertTrue(table.rows().size() >= 10, table.report());
        browser.screenshot("initiatives-en-desktop");

        table.search("ａａｇｃ");
        assertEquals(1, table.rows().size(), "full-width lower case finds AAGC");

        table.search("");
        table.selectFilter("kind", "Dialogue");
        assertTrue(table.column("kind").stream().allMatch("Dialogue"::equals));
        int dialogue = table.column("name").indexOf(table.column("name").stream()
                .filter(name -> name.startsWith("Central Asia plus Japan")).findFirst().orElseThrow());
        assertTrue(table.links("name").get(dialogue).endsWith("/initiative.xhtml?id=1200"));
        assertEquals("Kawaguchi Yoriko", table.column("proposerPerson").get(dialogue));
        assertTrue(table.links("proposerPerson").get(dialogue).endsWith("/person.xhtml?id=1103"));
        assertPhoneFriendly("initiatives.xhtml", "initiatives-zh-phone");
    }

    @Test
    void peopleFilterByNameInAnyScriptAndListTheirOffices() {
        ListingTable table = open("people.xhtml?lang=en");
        assertTrue(table.rows().size() >= 10, table.report());
        browser.screenshot("people-en-desktop");

        table.typeFilter("name", "川口");
        assertEquals(List.of("Kawaguchi Yoriko\n川口順子"), table.column("name"), "Chinese and Japanese script");
        assertEquals("Minister for Foreign Affairs (2004)", table.column("offices").get(0));
        assertTrue(table.links("name").get(0).endsWith("/person.xhtml?id=1103"));

        table.typeFilter("name", "kAwAgUcHi");
        assertEquals(1, table.rows().size());
        table.typeFilter("name", "");
        table.typeFilter("offices", "prime minister");
        assertTrue(table.column("offices").stream().allMatch(o -> o.contains("Prime Minister")),
                table.column("offices").toString());
        assertPhoneFriendly("people.xhtml", "people-zh-phone");
    }

    @Test
    void countriesFilterByRegion() {
        ListingTable table = open("countries.xhtml?lang=en");
        browser.screenshot("countries-en-desktop");

        table.selectFilter("region", "Central Asia");
        assertEquals(List.of("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"),
                table.column("name").stream().sorted().toList());
        assertTrue(table.links("name").stream().allMatch(link -> link.matches(".*/country\\.xhtml\\?id=10\\d\\d")));
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "no session for a reader");
        assertPhoneFriendly("countries.xhtml", "countries-zh-phone");
    }

    @Test
    void countriesAndPeopleComeByNameInTheReadersLanguageAndSaySo() {
        for (String page : List.of("countries.xhtml", "people.xhtml")) {
            ListingTable table = open(page + "?lang=en");
            assertInNameOrder(table, page + " in English");
            assertTrue(table.exportLink().contains("sort=name"), "the export keeps the order: " + table.exportLink());
            browser.assertAccessible();

            browser.resize(Browser.PHONE);
            table = open(page + "?lang=zh-TW");
            assertInNameOrder(table, page + " in Chinese");
            browser.assertAccessible();
            table.scrollToTable();
            browser.screenshot(page.replace(".xhtml", "") + "-zh-by-name-phone");
            browser.resize(Browser.DESKTOP);
        }
        ListingTable people = open("people.xhtml?lang=en&rows=100");
        List<String> offices = people.cellItems("offices", "span.office");
        assertTrue(offices.contains("Geographer (1877)"), "the portal's English for 地理學家, as a title: " + offices);
        assertTrue(offices.stream().allMatch(office -> Character.isUpperCase(office.codePointAt(0))), offices.toString());
        people.sortBy("name");
        assertEquals("descending", people.sortState("name"), "a click on the ordered column turns the order round");
        List<String> names = firstLines(people.column("name"));
        assertEquals(names.stream().sorted(java.util.Comparator.reverseOrder()).toList(), names);
        assertTrue(browser.driver().getCurrentUrl().contains("sort=-name"), browser.driver().getCurrentUrl());
    }

    @Test
    void thePaginatorCountsInWordsInBothLanguages() {
        ListingTable table = open("people.xhtml?lang=en");
        assertTrue(table.report().matches("1–\\d+ of \\d+ records"), table.report());
        table.typeFilter("name", "川口");
        assertEquals("1 record", table.report());
        table.typeFilter("name", "nobody by this name");
        assertEquals("No records", table.report());
        browser.screenshot("people-en-no-records-desktop");

        browser.resize(Browser.PHONE);
        table = open("people.xhtml?lang=zh-TW");
        assertTrue(table.report().matches("第 1－\\d+ 筆，共 \\d+ 筆"), table.report());
        table.typeFilter("name", "川口");
        assertEquals("共 1 筆", table.report());
        table.typeFilter("name", "查無此人");
        assertEquals("沒有資料", table.report());
        browser.assertAccessible();
        browser.screenshot("people-zh-no-records-phone");
    }

    @Test
    void theRecipientMenuOffersOnlyRecipientsThatHaveFigures() {
        ListingTable table = open("oda.xhtml?lang=en");
        List<String> choices = table.filterChoices("recipient");
        assertEquals("All", choices.get(0));
        assertTrue(choices.size() > 1 && choices.size() - 1 < 16, "not every country the article names: " + choices);
        assertEquals(choices.subList(1, choices.size()).stream().sorted().toList(), choices.subList(1, choices.size()),
                "by name");
        for (String recipient : choices.subList(1, choices.size())) {
            table.selectFilter("recipient", recipient);
            assertFalse(table.rows().isEmpty(), recipient + " has figures");
            assertTrue(table.column("recipient").stream().allMatch(recipient::equals), table.column("recipient").toString());
        }
        browser.assertAccessible();
        browser.resize(Browser.PHONE);
        table = open("oda.xhtml?lang=zh-TW");
        assertEquals(choices.size(), table.filterChoices("recipient").size(), "the same recipients in Chinese");
        browser.assertAccessible();
    }

    @Test
    void aFootnoteMarkerShowsItsNoteToKeyboardAndTouchReaders() {
        open("meetings.xhtml?lang=en");
        FootnoteMarker marker = FootnoteMarker.labelled(browser.driver(), "Table 1");
        String note = "資料來源：作者自行整理自日本外務省網頁。";
        assertEquals(note, marker.description(), "the printed note describes the marker");
        assertEquals("", marker.shownNote(), "hidden until asked for");

        marker.tabTo();
        assertEquals(note, marker.shownNote(), "shown on keyboard focus");
        browser.screenshot("footnote-note-en-desktop");
        browser.assertAccessible();
        marker.pressEscape();
        assertEquals("", marker.shownNote(), "Escape hides it");

        browser.resize(Browser.PHONE);
        open("meetings.xhtml?lang=zh-TW");
        marker = FootnoteMarker.labelled(browser.driver(), "表一");
        String page = browser.driver().getCurrentUrl();
        marker.tap();
        assertEquals(note, marker.shownNote(), "the first tap shows the note");
        assertEquals(page, browser.driver().getCurrentUrl(), "and stays on the page");
        browser.screenshot("footnote-note-zh-phone");
        browser.assertAccessible();
        String href = marker.href();
        marker.tap();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().equals(href));
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    @Test
    void theOrderInForceIsSpelledOutAndCanBeReset() {
        ListingTable table = open("oda.xhtml?lang=en");
        assertEquals("Order: the page’s default", table.orderText());

        table.sortBy("year");
        assertEquals("Order: " + table.heading("year") + " ascending", table.orderText());
        table.sortAlsoBy("amountUsdMillions");
        assertEquals("Order: " + table.heading("year") + " ascending, then " + table.heading("amountUsdMillions")
                + " ascending", table.orderText());
        assertTrue(browser.driver().getCurrentUrl().contains("sort=year%2CamountUsdMillions")
                || browser.driver().getCurrentUrl().contains("sort=year,amountUsdMillions"), browser.driver().getCurrentUrl());
        browser.screenshot("oda-table-two-column-order-en-desktop");
        browser.assertAccessible();

        table.resetOrder();
        assertFalse(browser.driver().getCurrentUrl().contains("sort="), browser.driver().getCurrentUrl());
        assertEquals("Order: the page’s default", table.orderText());

        browser.resize(Browser.PHONE);
        table = open("countries.xhtml?lang=zh-TW");
        assertEquals("排序：" + table.heading("name") + "（遞增）", table.orderText(), "the default order, named");
        table.scrollToTable();
        browser.screenshot("countries-zh-order-phone");
        browser.assertAccessible();
    }

    private static void assertInNameOrder(ListingTable table, String what) {
        List<String> names = firstLines(table.column("name"));
        assertTrue(names.size() >= 10, what + ": " + names);
        assertEquals(names.stream().sorted().toList(), names, what + " by name");
        assertEquals("ascending", table.sortState("name"), what);
        assertTrue(table.showsSortArrow("name"), what + " shows the order");
    }

    /** A person's cell holds the name and, below it, the name in its own script. */
    private static List<String> firstLines(List<String> cells) {
        return cells.stream().map(cell -> cell.split("\\n", 2)[0]).toList();
    }

    /** In Chinese on a 390 px screen: the rows are there and nothing scrolls sideways. */
    private void assertPhoneFriendly(String page, String screenshot) {
        browser.resize(Browser.PHONE);
        ListingTable table = open(page + "?lang=zh-TW");
        assertFalse(table.rows().isEmpty());
        assertEquals(0, table.sidewaysOverflow(), page + " scrolls sideways at 390 px");
        table.scrollToTable();
        browser.screenshot(screenshot);
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }
}
