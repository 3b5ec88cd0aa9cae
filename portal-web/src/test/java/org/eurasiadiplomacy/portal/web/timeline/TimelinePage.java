package org.eurasiadiplomacy.portal.web.timeline;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page object of /timeline.xhtml: its filter form (applied at every change), year headings and entries. */
final class TimelinePage {

    private final ChromeDriver driver;

    TimelinePage(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The years of the headings, top to bottom. */
    List<Integer> years() {
        return driver.findElements(By.cssSelector(".timeline-year__heading")).stream()
                .map(h -> Integer.valueOf(h.getAttribute("id").substring("year-".length()))).toList();
    }

    /** The dates the entries print under their year's heading. */
    List<String> entryDates() {
        return driver.findElements(By.cssSelector("#timeline .timeline-entry__date")).stream().map(WebElement::getText)
                .toList();
    }

    boolean showsApplyButton() {
        return driver.findElement(By.id("apply-filter")).isDisplayed();
    }

    String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Chooses an order; the page loads again by itself. */
    TimelinePage order(String value) {
        return reloading(() -> new Select(driver.findElement(By.id("order"))).selectByValue(value));
    }

    /** Ticks or unticks a kind with the keyboard (Space); the page loads again by itself. */
    TimelinePage toggleKind(String page) {
        WebElement box = driver.findElement(By.id("kind-" + page));
        return reloading(() -> box.sendKeys(" "));
    }

    private TimelinePage reloading(Runnable action) {
        WebElement before = driver.findElement(By.id("timeline-filter"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                driver.executeScript("return document.readyState")));
        return this;
    }
}
