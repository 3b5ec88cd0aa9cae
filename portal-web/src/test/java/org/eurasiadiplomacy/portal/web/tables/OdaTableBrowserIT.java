package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader works with the ODA records on /oda.xhtml: filters by country and amount, sorts, shares the view by
 * its address and exports exactly what is on screen. Every step runs in the database, and none opens a session.
 */
class OdaTableBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    private ListingTable open(String query) {
        browser.driver().get(Browser.local(base) + "oda.xhtml?lang=en" + query);
        return new ListingTable(browser.driver());
    }

    /**
     * Printed on A4 (210 mm less the page's 12 mm margins: 703 CSS pixels), Table 2 keeps all nine years, the
     * navigation, filters and paginator stay off the paper, and the footer names the address and the date.
     */
    @Test
    void theOdaPagePrintsOnA4WithAllNineYearsAndItsAddress() {
        ChromeDriver driver = browser.driver();
        driver.get(Browser.local(base) + "oda.xhtml?lang=en&recipient=KAZ");
        browser.resize(new Dimension(703, 1000));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");

        for (String hidden : List.of(".site-nav", ".language-switch", ".ui-paginator", ".listing__tools")) {
            assertTrue(driver.findElements(By.cssSelector(hidden)).stream().noneMatch(WebElement::isDisplayed),
                    hidden + " is not printed");
        }
        WebElement figures = driver.findElement(By.cssSelector(".figures-table"));
        long right = ((Number) driver.executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().right)", figures)).longValue();
        long paper = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(right <= paper, "Table 2 fits the paper: " + right + " of " + paper + " px");
        assertTrue(figures.findElements(By.tagName("th")).stream().anyMatch(th -> th.getText().strip().equals("2018")),
                "the 2018 column is printed");
        String footer = driver.findElement(By.cssSelector(".site-footer__printed")).getText();
        assertTrue(footer.startsWith("Printed from http") && footer.contains("/oda.xhtml?recipient=KAZ"), footer);
        assertTrue(footer.matches(".* on \\w+ \\d{1,2}, \\d{4}\\."), "with the date: " + footer);
        browser.screenshot("oda-print-en");
    }

    @Test
    void filteringByOneCountryShowsExactlyItsNineYears() {
        ListingTable table = open("");
        assertEquals(25, table.rows().size(), "the first page of the 45 values");
        assertTrue(table.report().contains("of 45 records"), table.report());

        table.selectFilter("recipient", "Kazakhstan");

        assertEquals(9, table.rows().size());
        assertEquals(List.of("Kazakhstan"), table.column("recipient").stream().distinct().toList());
        assertEquals(List.of("2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018"),
                table.column("year"));
        assertTrue(table.report().contains("of 9 records"), table.report());
        assertTrue(address().contains("recipient=KAZ"), "the address keeps the filter: " + address());
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "no session for a reader");
        table.scrollToTable();
        browser.screenshot("oda-table-en-desktop");
        assertTrue(browser.driver().findElements(By.cssSelector("#odaChart canvas")).size() == 1, "the chart stays");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    @Test
    void sortsByAmountAsExactNumbers() {
        ListingTable table = open("&rows=50");
        table.sortBy("amountUsdMillions");

        List<BigDecimal> amounts = amounts(table);
        assertEquals(45, amounts.size());
        assertEquals(amounts.stream().sorted().toList(), amounts, "ascending, as numbers (-40.1 before -5.8)");
        assertEquals(new BigDecimal("-40.1"), amounts.get(0));
        assertTrue(address().contains("sort=amountUsdMillions"), address());

        table.sortBy("amountUsdMillions");

        assertEquals(new BigDecimal("248.67"), amounts(table).get(0), "descending on the second click");
        assertTrue(address().contains("sort=-amountUsdMillions"), address());
    }

    @Test
    void aSharedAddressReproducesTheView() {
        ListingTable table = open("&recipient=TJK&year=2012-2015&sort=-amountUsdMillions");

        assertEquals(List.of("24.68", "24.47", "23.04", "19.52"), table.column("amountUsdMillions"),
                "Tajikistan 2012-2015, largest first");
        assertEquals("Tajikistan", table.selectedFilter("recipient"));
        assertEquals("2012-2015", table.filterInput("year").getAttribute("value"));
        assertTrue(browser.driver().findElement(By.cssSelector("th[id='tableForm:table:amountUsdMillions']"))
                .getAttribute("aria-sort").equals("descending"), "the header shows the order");

        // the restored view goes on from its state: a further filter keeps the others
        table.typeFilter("amountUsdMillions", "20..");
        assertEquals(List.of("24.68", "24.47", "23.04"), table.column("amountUsdMillions"));
        assertTrue(address().contains("amountUsdMillions=20..") && address().contains("recipient=TJK"), address());

        // and the address written back reproduces it again
        String shared = address();
        browser.driver().get(shared);
        assertEquals(List.of("24.68", "24.47", "23.04"), new ListingTable(browser.driver()).column("amountUsdMillions"));
    }

    @Test
    void theAddressKeepsThePageAndItsSize() {
        ListingTable table = open("&rows=10&first=20");
        assertEquals(10, table.rows().size());
        assertTrue(table.report().startsWith("21–30 of 45"), table.report());

        table.reload(() -> browser.driver().findElement(By.cssSelector(".ui-paginator-next")).click());

        assertTrue(table.report().startsWith("31–40 of 45"), table.report());
        assertTrue(address().contains("first=30") && address().contains("rows=10"), address());
    }

    @Test
    void anAmountRangeTakesDecimalsAndBadInputIsExplained() {
        ListingTable table = open("");
        table.typeFilter("amountUsdMillions", "-20..-1");

        assertEquals(13, table.rows().size(), "4 of Kazakhstan, 7 of Turkmenistan, 2 of Uzbekistan");
        assertTrue(amounts(table).stream().allMatch(a -> a.compareTo(new BigDecimal("-20")) >= 0
                && a.compareTo(new BigDecimal("-1")) <= 0));

        table.typeFilter("amountUsdMillions", "ten");

        assertEquals(0, table.rows().size());
        String message = table.emptyMessage();
        assertTrue(message.contains("USD million") && message.contains("-10.5..20"), message);
    }

    @Test
    void theExportsHoldWhatIsShownInTheReadersLanguage() throws IOException {
        Path downloads = browser.downloads();
        ListingTable table = open("&recipient=KAZ&amountUsdMillions=-20..-1&sort=amountUsdMillions");
        assertEquals(List.of("-15.37", "-11.92", "-5.8", "-1.46"), table.column("amountUsdMillions"));
        table.toggleColumns("Donor", "Dataset");
        assertTrue(table.exportLink().contains("columns=recipient%2Cyear%2CamountUsdMillions%2Cflow"),
                table.exportLink());
        browser.screenshot("oda-table-en-columns-hidden");

        browser.driver().findElement(By.id("exportCsv")).click();
        Path csv = downloaded(downloads, "oda.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Files.delete(csv);
        assertEquals("\uFEFFRecipient,Recipient (ISO code),Year,USD million,Flow,Footnotes", lines.get(0));
        assertEquals(List.of("Kazakhstan,KAZ,2011,-15.37,Net disbursements,Table 2",
                "Kazakhstan,KAZ,2012,-11.92,Net disbursements,Table 2",
                "Kazakhstan,KAZ,2013,-5.8,Net disbursements,Table 2",
                "Kazakhstan,KAZ,2010,-1.46,Net disbursements,Table 2"), lines.subList(1, lines.size()));

        browser.driver().findElement(By.id("exportXlsx")).click();
        Path xlsx = downloaded(downloads, "oda.xlsx");
        assertEquals(List.of("USD million", "-15.37", "-11.92", "-5.8", "-1.46"), column(part(xlsx, 1), "D"));
        assertEquals(List.of("Flow", "Net disbursements", "Net disbursements", "Net disbursements",
                "Net disbursements"), column(part(xlsx, 1), "E"));
        List<String> about = column(part(xlsx, 2), "B");
        assertTrue(about.get(1).contains("Review of Global Politics"), about.toString());
        assertTrue(about.stream().anyMatch(value -> value.contains("/oda.xhtml?") && value.contains("recipient=KAZ")),
                "the address of the view: " + about);
        Files.delete(xlsx);
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "no session for a reader");

        browser.driver().get(Browser.local(base) + "oda.xhtml?lang=zh-TW&recipient=KAZ&sort=year");
        table = new ListingTable(browser.driver());
        table.toggleColumns("援助國", "資料集", "受援國");
        browser.screenshot("oda-table-zh-columns-hidden");
        browser.driver().findElement(By.id("exportCsv")).click();
        lines = Files.readAllLines(downloaded(downloads, "oda.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF年份,百萬美元,流量,註腳", lines.get(0));
        assertTrue(lines.contains("2010,-1.46,淨撥付額,表二"), lines.toString());
        browser.driver().findElement(By.id("exportXlsx")).click();
        Path chinese = downloaded(downloads, "oda.xlsx");
        assertEquals("年份", column(part(chinese, 1), "A").get(0));
        assertEquals("項目", column(part(chinese, 2), "A").get(0));
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    @Test
    void isUsableOnAPhone() {
        browser.resize(Browser.PHONE);
        ListingTable table = open("&recipient=UZB");
        assertEquals(9, table.rows().size());
        table.scrollToTable();
        assertEquals(0, table.sidewaysOverflow(), "no sideways scrolling at 390 px");
        browser.screenshot("oda-table-en-phone");
    }

    private List<BigDecimal> amounts(ListingTable table) {
        return table.column("amountUsdMillions").stream().map(BigDecimal::new).toList();
    }

    private String address() {
        return browser.driver().getCurrentUrl();
    }

    /** The file once Chromium has finished writing it. */
    private Path downloaded(Path folder, String name) {
        Path file = folder.resolve(name);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                && !Files.exists(folder.resolve(name + ".crdownload")));
        return file;
    }

    /** Sheet {@code number} of the workbook, its XML. */
    private static String part(Path workbook, int number) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet" + number + ".xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the workbook has no sheet " + number);
    }

    /** A column of a sheet, read from its XML: the header, then the values. */
    private static List<String> column(String sheet, String letter) {
        List<String> values = new ArrayList<>();
        Matcher cell = Pattern.compile("<c r=\"" + letter + "\\d+\"[^>]*>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)</c>")
                .matcher(sheet);
        while (cell.find()) {
            values.add(cell.group(1) != null ? cell.group(1) : cell.group(2));
        }
        return values;
    }
}
