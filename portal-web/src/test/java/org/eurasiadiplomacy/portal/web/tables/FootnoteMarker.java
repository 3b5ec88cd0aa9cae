package org.eurasiadiplomacy.portal.web.tables;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The page object of one footnote marker (WEB-INF/tags/footnote-marker.xhtml): its note, reached as a keyboard
 * user (Tab), a touch user (a tap) and assistive technology (its description) reach it.
 */
final class FootnoteMarker {

    private final ChromeDriver driver;
    private final WebElement link;

    private FootnoteMarker(ChromeDriver driver, WebElement link) {
        this.driver = driver;
        this.link = link;
    }

    /** The first marker on the page whose label is {@code label}. */
    static FootnoteMarker labelled(ChromeDriver driver, String label) {
        return new FootnoteMarker(driver, driver.findElements(By.cssSelector(".footnote > a.footnote-marker")).stream()
                .filter(marker -> marker.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no footnote marker " + label)));
    }

    String label() {
        return link.getText();
    }

    String href() {
        return link.getAttribute("href");
    }

    /** The note as shown beside the marker, or an empty text while it is hidden. */
    String shownNote() {
        return tip().getText();
    }

    /** What assistive technology reads as the marker's description (the element aria-describedby names). */
    String description() {
        return (String) driver.executeScript("var id = arguments[0].getAttribute('aria-describedby');"
                + " var tip = id && document.getElementById(id); return tip ? tip.textContent : null;", link);
    }

    /** Moves the focus onto the marker with the Tab key, from the focusable element before it. */
    FootnoteMarker tabTo() {
        driver.executeScript("var all = Array.from(document.querySelectorAll('a[href], input, select, button,"
                + " [tabindex]:not([tabindex=\"-1\"])')).filter(e => e.offsetParent !== null);"
                + " all[all.indexOf(arguments[0]) - 1].focus();", link);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        if (!link.equals(driver.switchTo().activeElement())) {
            throw new AssertionError("Tab did not reach the marker " + label());
        }
        return this;
    }

    FootnoteMarker pressEscape() {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        return this;
    }

    /** A tap with a finger, as on a phone (a touch pointer, not a mouse). */
    FootnoteMarker tap() {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(link), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
        return this;
    }

    private WebElement tip() {
        return link.findElement(By.xpath("following-sibling::span[@role='tooltip']"));
    }
}
