package org.eurasiadiplomacy.portal.web.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A reader on the detail pages and the timeline, in headless Chromium; screenshots for the README (scripts/screenshots.sh). */
class DetailPagesBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path.substring(1));
    }

    private String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    private void fitsTheWindow(String what) {
        Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.driver().executeScript("return window.innerWidth;");
        assertTrue(pageWidth.intValue() <= viewport.intValue(),
                what + ": no horizontal scrolling, page " + pageWidth + " px, viewport " + viewport + " px");
    }

    @Test
    void aReaderFollowsRelatedRecordsAndFootnotes() {
        open("/initiative.xhtml?id=1200&lang=en");
        assertEquals("Central Asia plus Japan dialogue", heading());

        browser.clickToNewPage(browser.driver().findElement(By.cssSelector("[data-related='meetings'] a[href$='/meeting.xhtml?id=1302']")));
        assertEquals("Central Asia plus Japan dialogue, meeting 3", heading());

        browser.clickToNewPage(browser.driver().findElement(By.cssSelector("[data-field='hostCountry'] a")));
        assertEquals("Uzbekistan", heading());
        assertTrue(browser.driver().findElements(By.cssSelector(".curator-note")).size() >= 1, "Uzbekistan has a curator note");

        WebElement footnote = browser.driver().findElement(By.cssSelector(".detail__support a.footnote-marker"));
        String label = footnote.getText();
        browser.clickToNewPage(footnote);
        assertTrue(browser.driver().getCurrentUrl().contains("/citation.xhtml?id="), "a marker opens its footnote");
        assertTrue(heading().contains(label), "the footnote page of " + label);

        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "no errors in the browser console: " + errors);
    }

    @Test
    void detailPagesOnDesktopAndPhoneInBothLanguages() {
        shoot("/person.xhtml?id=1106&lang=zh-TW", Browser.DESKTOP, "detail-person-zh-desktop");
        shoot("/person.xhtml?id=1106&lang=en", Browser.PHONE, "detail-person-en-phone");
        shoot("/initiative.xhtml?id=1200&lang=en", Browser.DESKTOP, "detail-initiative-en-desktop");
        shoot("/initiative.xhtml?id=1200&lang=zh-TW", Browser.PHONE, "detail-initiative-zh-phone");
        shoot("/country.xhtml?id=1002&lang=zh-TW", Browser.DESKTOP, "detail-country-zh-desktop");
        shoot("/oda-figure.xhtml?id=1600&lang=en", Browser.DESKTOP, "detail-oda-figure-en-desktop");
        shoot("/visit.xhtml?id=1402&lang=zh-TW", Browser.PHONE, "detail-visit-zh-phone");
    }

    private void shoot(String path, Dimension size, String name) {
        browser.resize(size);
        open(path);
        assertTrue(browser.driver().findElement(By.id("detail")).isDisplayed(), path);
        fitsTheWindow(path);
        browser.screenshot(name);
    }

    @Test
    void aCategoryFilterNarrowsTheTimelineAndSurvivesAReload() {
        open("/timeline.xhtml?lang=en");
        int all = entries().size();
        browser.screenshot("timeline-en-desktop");

        // the form applies as soon as a choice changes (timeline.js): no Apply button to press
        browser.toNewPage(() -> new Select(browser.driver().findElement(By.id("category"))).selectByValue("SECURITY"));

        assertTrue(browser.driver().getCurrentUrl().contains("category=SECURITY"), "the filter is in the URL");
        List<WebElement> security = entries();
        assertTrue(!security.isEmpty() && security.size() < all, security.size() + " of " + all);
        assertTrue(security.stream().allMatch(e -> "SECURITY".equals(e.getAttribute("data-category"))));

        browser.driver().navigate().refresh();
        assertEquals(security.size(), entries().size(), "the same list after a reload");
        assertEquals("SECURITY", new Select(browser.driver().findElement(By.id("category")))
                .getFirstSelectedOption().getAttribute("value"), "the form still shows the filter");

        browser.clickToNewPage(browser.driver().findElement(By.id("clear-filter")));
        browser.clickToNewPage(browser.driver().findElement(By.id("kind-meeting")));
        assertTrue(entries().stream().allMatch(e -> "meeting".equals(e.getAttribute("data-kind"))));
        assertTrue(browser.driver().getCurrentUrl().contains("kind=meeting"));

        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "no errors in the browser console: " + errors);
    }

    @Test
    void theTimelineOnDesktopAndPhoneInBothLanguages() {
        browser.resize(Browser.DESKTOP);
        open("/timeline.xhtml?lang=zh-TW&kind=visit&kind=meeting");
        browser.screenshot("timeline-zh-desktop-filtered");
        browser.resize(Browser.PHONE);
        open("/timeline.xhtml?lang=zh-TW");
        fitsTheWindow("timeline zh");
        browser.screenshot("timeline-zh-phone");
        open("/timeline.xhtml?lang=en&page=2");
        fitsTheWindow("timeline en");
        browser.screenshot("timeline-en-phone");
    }

    private List<WebElement> entries() {
        return browser.driver().findElements(By.cssSelector("#timeline .timeline-entry"));
    }
}
