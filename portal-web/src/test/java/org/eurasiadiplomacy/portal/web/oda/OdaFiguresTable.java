package org.eurasiadiplomacy.portal.web.oda;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page object of Table 2 as figures on /oda.xhtml (#oda-pivot): its caption, scroll hint and scroll box. */
final class OdaFiguresTable {

    private final ChromeDriver driver;

    OdaFiguresTable(ChromeDriver driver) {
        this.driver = driver;
    }

    WebElement caption() {
        return driver.findElement(By.id("oda-pivot-caption"));
    }

    boolean showsScrollHint() {
        return driver.findElement(By.id("oda-pivot-hint")).isDisplayed();
    }

    /** Whether the element lies wholly within the window's width. */
    boolean fitsTheWindow(WebElement element) {
        return (Boolean) driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= document.documentElement.clientWidth;", element);
    }

    /** Scrolls the table's box to its right end, as a swipe does. */
    OdaFiguresTable scrollToTheEnd() {
        driver.executeScript("var box = document.getElementById('oda-pivot').parentElement;"
                + " box.scrollLeft = box.scrollWidth;");
        return this;
    }

    /** How far the first recipient's heading stands from the box's left edge, in pixels. */
    long recipientOffset() {
        return ((Number) driver.executeScript("var box = document.getElementById('oda-pivot').parentElement;"
                + " var th = box.querySelector('tbody th[scope=row]');"
                + " return Math.round(th.getBoundingClientRect().left - box.getBoundingClientRect().left);")).longValue();
    }

    long scrollLeft() {
        return ((Number) driver.executeScript("return document.getElementById('oda-pivot').parentElement.scrollLeft;"))
                .longValue();
    }
}
