package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader opens the exercises from the menu, filters them by kind and participant, and exports what is shown. */
class ExercisesTableBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theMenuLeadsToATableThatFiltersAndExports() throws IOException {
        Path downloads = browser.downloads();
        browser.driver().get(Browser.local(base) + "?lang=en");
        browser.clickToNewPage(browser.driver().findElement(By.cssSelector(".site-nav a[href$='/exercises.xhtml']")));
        ListingTable table = new ListingTable(browser.driver());
        assertEquals(7, table.rows().size(), table.report());
        assertTrue(table.links("name").get(0).matches(".*/exercise\\.xhtml\\?id=17\\d\\d"), table.links("name").get(0));
        browser.screenshot("exercises-en-desktop");

        table.selectFilter("kind", "Naval exercise");
        assertEquals(List.of("Naval exercise"), table.column("kind").stream().distinct().toList());
        assertEquals(2, table.rows().size(), "Malabar and the Japan–India naval exercise");
        table.selectFilter("kind", "All");
        table.selectFilter("participants", "Australia");
        assertEquals(3, table.rows().size(), "RIMPAC, Talisman Sabre and Balikatan");
        assertTrue(browser.driver().getCurrentUrl().contains("participants=AUS"), browser.driver().getCurrentUrl());

        browser.driver().findElement(By.id("exportCsv")).click();
        Path file = downloads.resolve("exercises.csv");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve("exercises.csv.crdownload")));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "a header and the three rows on screen: " + lines);
        assertTrue(lines.subList(1, 4).stream().allMatch(line -> line.contains("Australia")), lines.toString());
        assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID") == null, "no session for a reader");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }
}
