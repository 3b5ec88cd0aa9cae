package org.eurasiadiplomacy.portal.web.oda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader studies Table 2 as a chart and as a table. */
class OdaChartBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theChartPlotsFiveCountriesWithTheirNegativeNetFlows() {
        open("oda.xhtml?lang=en");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) browser.driver().executeScript("""
                return PF('odaChart').chart.data.datasets.map(d => ({label: d.label, data: d.data}));""");
        assertEquals(List.of("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"),
                series.stream().map(s -> s.get("label")).toList());
        assertEquals(List.of(-1.46, -15.37, -11.92, -5.8, -35.96, -36.39, -35.24, -39.57, -40.1),
                numbers(series.get(0).get("data")), "Kazakhstan's row of Table 2, exactly");
        assertEquals(248.67, numbers(series.get(4).get("data")).get(7), "Uzbekistan 2017");
        assertEquals("line", browser.driver().executeScript("return PF('odaChart').chart.config.type;"));
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "no errors in the browser console: " + errors);
        browser.screenshot("oda-en-desktop");
    }

    @Test
    void aReaderHidesASeriesAndSwitchesToBars() {
        open("oda.xhtml?lang=zh-TW");

        browser.driver().executeScript("PF('odaChart').chart.setDatasetVisibility(0, false); PF('odaChart').chart.update();");
        assertEquals(4L, browser.driver().executeScript("return PF('odaChart').chart.getSortedVisibleDatasetMetas().length;"));

        browser.driver().findElement(By.id("chart-bar")).click();
        waitForChart();
        assertTrue(browser.driver().getCurrentUrl().contains("chart=bar"), "the view is in the URL, so it can be shared");
        assertTrue(browser.driver().getCurrentUrl().contains("lang=zh-TW"), "switching keeps the other parameters");
        assertEquals("bar", browser.driver().executeScript("return PF('odaChart').chart.config.type;"));
        browser.screenshot("oda-zh-bar-desktop");
    }

    @Test
    void seriesAreToggledFromTheKeyboardAndTheAddressKeepsThem() {
        open("oda.xhtml?lang=en");
        OdaSeriesToggles toggles = new OdaSeriesToggles(browser.driver());
        assertEquals(List.of("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"), toggles.labels());
        assertTrue(toggles.pressed("KAZ"));

        toggles.press("KAZ", org.openqa.selenium.Keys.SPACE);
        assertFalse(toggles.pressed("KAZ"));
        assertEquals(List.of("Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"), toggles.drawnSeries());
        assertTrue(browser.driver().getCurrentUrl().contains("hide=KAZ"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.id("chart-bar")).getAttribute("href").contains("hide=KAZ"),
                "switching to bars keeps the choice");
        browser.screenshot("oda-series-toggles-en-desktop");
        browser.assertAccessible();

        browser.driver().navigate().refresh();
        waitForChart();
        toggles = new OdaSeriesToggles(browser.driver());
        assertFalse(toggles.pressed("KAZ"), "a reload (or a shared link) shows the same series");
        assertEquals(4, toggles.drawnSeries().size());

        browser.resize(Browser.PHONE);
        open("oda.xhtml?lang=zh-TW&hide=TKM,UZB");
        toggles = new OdaSeriesToggles(browser.driver());
        assertEquals(List.of(false, false), List.of(toggles.pressed("TKM"), toggles.pressed("UZB")));
        assertEquals(3, toggles.drawnSeries().size());
        toggles.press("TKM", org.openqa.selenium.Keys.ENTER);
        assertTrue(toggles.pressed("TKM"));
        assertTrue(browser.driver().getCurrentUrl().contains("hide=UZB")
                && !browser.driver().getCurrentUrl().contains("TKM"), browser.driver().getCurrentUrl());
        browser.screenshot("oda-series-toggles-zh-phone");
        browser.assertAccessible();
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    @Test
    void theFiguresFitAPhoneWithTheirCaptionAScrollHintAndAPinnedRecipient() {
        browser.resize(Browser.PHONE);
        open("oda.xhtml?lang=zh-TW");
        OdaFiguresTable figures = new OdaFiguresTable(browser.driver());
        browser.driver().executeScript("arguments[0].scrollIntoView()", figures.caption());

        assertTrue(figures.fitsTheWindow(figures.caption()), "the caption is not cut at 390 px");
        assertTrue(figures.showsScrollHint(), "the table says that it scrolls");
        long before = figures.recipientOffset();
        figures.scrollToTheEnd();
        assertTrue(figures.scrollLeft() > 0, "the table is wider than a phone");
        assertEquals(before, figures.recipientOffset(), "the recipient column stays in place");
        browser.screenshot("oda-figures-zh-phone");
        browser.assertAccessible();

        browser.resize(Browser.DESKTOP);
        open("oda.xhtml?lang=en");
        figures = new OdaFiguresTable(browser.driver());
        assertTrue(figures.fitsTheWindow(figures.caption()));
        assertFalse(figures.showsScrollHint(), "at 1280 px the figures fit and no hint shows");
        browser.assertAccessible();
    }

    @Test
    void theChartCanBeSavedAsPng() {
        open("oda.xhtml?lang=en");

        String image = (String) browser.driver().executeScript("return PF('odaChart').chart.toBase64Image('image/png', 1);");
        assertTrue(image.startsWith("data:image/png;base64,") && image.length() > 10_000, "a real PNG");
        WebElement save = browser.driver().findElement(By.id("save-chart"));
        assertEquals("japan-oda-central-asia-2010-2018.png", save.getAttribute("data-filename"));
        save.click();
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "saving raised no error: " + errors);
    }

    @Test
    void theTableCarriesTheSameNumbersAndMarksNegatives() {
        open("oda.xhtml?lang=en");

        List<WebElement> kazakhstan = browser.driver().findElements(By.cssSelector("#oda-pivot td[data-recipient='KAZ']"));
        assertEquals(9, kazakhstan.size());
        assertEquals("-5.8", kazakhstan.get(3).getText(), "2013 as printed, not -5.80");
        assertTrue(kazakhstan.get(3).getAttribute("class").contains("is-negative"));
        assertEquals(45, browser.driver().findElements(By.cssSelector("#oda-pivot td[data-recipient]")).size());
        assertTrue(browser.driver().findElement(By.cssSelector(".source-note")).getText()
                .contains("https://stats.oecd.org/viewhtml.aspx?datasetcode=TABLE2A&lang=en#"), "Table 2's note as printed");

        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        waitForChart();
        browser.screenshot("oda-en-phone");
    }

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path);
        waitForChart();
    }

    private void waitForChart() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                browser.driver().executeScript("return !!(window.PF && PF('odaChart') && PF('odaChart').chart);")));
    }

    private static List<Double> numbers(Object values) {
        return ((List<?>) values).stream().map(v -> ((Number) v).doubleValue()).toList();
    }
}
