package org.eurasiadiplomacy.portal.web.oda;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The page object of the ODA chart's series toggles (buttons outside the canvas) and the series they show. */
final class OdaSeriesToggles {

    private final ChromeDriver driver;

    OdaSeriesToggles(ChromeDriver driver) {
        this.driver = driver;
    }

    List<String> labels() {
        return driver.findElements(By.cssSelector(".series-toggle")).stream().map(b -> b.getText().replace("✓", "").strip())
                .toList();
    }

    /** Whether the recipient's toggle is pressed, as assistive technology hears it. */
    boolean pressed(String code) {
        return "true".equals(toggle(code).getAttribute("aria-pressed"));
    }

    /** Presses the toggle with the keyboard: focus, then Space (or Enter). */
    OdaSeriesToggles press(String code, Keys key) {
        WebElement toggle = toggle(code);
        driver.executeScript("arguments[0].focus()", toggle);
        toggle.sendKeys(key);
        return this;
    }

    /** The labels of the series the chart draws. */
    @SuppressWarnings("unchecked")
    List<String> drawnSeries() {
        return (List<String>) driver.executeScript("var chart = PF('odaChart').chart;"
                + " return chart.data.datasets.filter((d, i) => chart.isDatasetVisible(i)).map(d => d.label);");
    }

    private WebElement toggle(String code) {
        return driver.findElement(By.cssSelector(".series-toggle[data-series='" + code + "']"));
    }
}
