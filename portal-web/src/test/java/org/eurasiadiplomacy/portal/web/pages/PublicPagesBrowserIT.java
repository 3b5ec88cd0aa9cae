package org.eurasiadiplomacy.portal.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.PublicPages;
import org.eurasiadiplomacy.portal.web.testing.PublicPages.PublicPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;

/**
 * Every public page as a reader sees it: in both languages, on a desktop and a phone, with no serious or
 * critical accessibility violation (axe-core) and no script error. Its screenshots are the README's tour
 * (scripts/screenshots.sh).
 */
class PublicPagesBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void everyPageIsAccessibleInBothLanguagesOnDesktopAndPhone() {
        for (String language : List.of("zh-TW", "en")) {
            for (PublicPage page : PublicPages.ALL) {
                for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                    browser.resize(size);
                    browser.driver().get(withLanguage(page.path(), language));
                    browser.assertAccessible();
                    assertEquals(List.of(), browser.consoleErrors(), page.path() + " in " + language);
                    browser.screenshot("page-" + page.name() + "-" + language + "-"
                            + (size.equals(Browser.PHONE) ? "phone" : "desktop"));
                }
            }
        }
    }

    private String withLanguage(String path, String language) {
        String local = Browser.local(base);
        return local.substring(0, local.length() - 1) + path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }
}
