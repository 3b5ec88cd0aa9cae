package org.eurasiadiplomacy.portal.web.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a reader does on the home page, in headless Chromium. */
class HomePageBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aReaderSwitchesToEnglishAndThePortalRemembersIt() {
        browser.driver().get(Browser.local(base));
        assertEquals("新大賽局中的日本歐亞大陸外交", heading().getText());
        browser.screenshot("home-zh-desktop");

        browser.clickToNewPage(browser.driver().findElement(By.cssSelector(".language-switch a[hreflang='en']")));
        assertEquals("Japan's Eurasian diplomacy in the New Great Game", heading().getText());
        assertTrue(browser.driver().getCurrentUrl().contains("lang=en"));
        browser.screenshot("home-en-desktop");

        browser.driver().get(Browser.local(base));
        assertEquals("Japan's Eurasian diplomacy in the New Great Game", heading().getText(),
                "the choice survives a visit without ?lang=");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));

        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "no errors in the browser console: " + errors);
    }

    @Test
    void thePageFitsAPhoneScreen() {
        browser.resize(Browser.PHONE);
        browser.driver().get(Browser.local(base) + "?lang=zh-TW");

        Number pageWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.driver().executeScript("return window.innerWidth;");
        assertTrue(pageWidth.intValue() <= viewport.intValue(),
                "no horizontal scrolling on a phone: page " + pageWidth + " px, viewport " + viewport + " px");
        browser.screenshot("home-zh-phone");
        browser.driver().get(Browser.local(base) + "?lang=en");
        browser.screenshot("home-en-phone");
    }

    @Test
    void theSkipLinkLeadsKeyboardUsersToTheContent() {
        browser.driver().get(Browser.local(base));
        WebElement skip = browser.driver().findElement(By.cssSelector("a.skip-link"));
        assertEquals("#main", skip.getAttribute("href").replaceAll(".*(#main)$", "$1"));
        assertTrue(browser.driver().findElement(By.id("main")).isDisplayed());
    }

    private WebElement heading() {
        return browser.driver().findElement(By.cssSelector("main h1"));
    }
}
