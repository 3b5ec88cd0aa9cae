package org.eurasiadiplomacy.portal.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver, a fresh profile for every test. Register it in a test
 * class with {@code @RegisterExtension final Browser browser = new Browser();}: it starts before each test and
 * quits after it, even when the test fails. Nothing is downloaded: when Chromium or its driver is missing,
 * the test fails and says how to install them.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Dimension DESKTOP = new Dimension(1280, 1000);
    public static final Dimension PHONE = new Dimension(390, 844);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver"
                    + " (the README's Test command, scripts/test.sh, does this).");
        }
        try {
            profile = Files.createTempDirectory("portal-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
            // a reader in Taiwan: the browser asks for Traditional Chinese first
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-TW,zh,en"));
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The deployment's address with the host as "localhost": Arquillian reports the machine's interface
     * address, which Chromium treats as an insecure origin (downloads warn); localhost is trustworthy.
     */
    public static String local(URL base) {
        try {
            // the context root with its slash: once (ClusterFailoverIT's run on PostgreSQL, first class) Arquillian
            // reported "http://host:port" without one, and pages were asked at "http://host:portlogin.xhtml"
            String root = base.getFile().endsWith("/") ? base.getFile() : base.getFile() + "/";
            return new URL(base.getProtocol(), "localhost", base.getPort(), root).toString();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Lets the page download files without asking, into a fresh folder, and returns that folder. Headless
     * Chromium refuses downloads unless told through the DevTools protocol.
     */
    public Path downloads() {
        try {
            Path folder = Files.createTempDirectory(profile, "downloads");
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", folder.toString(), "eventsEnabled", true));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks a link, or a button that posts the page (not by Ajax), and waits until the answer is a new, fully
     * loaded document: reading right after the click would see the old page, or none while it is being replaced.
     */
    public void clickToNewPage(WebElement button) {
        toNewPage(button::click);
    }

    /** Does what loads another page (a click, a choice that sends its form) and waits until that page is there. */
    public void toNewPage(Runnable action) {
        driver.executeScript("window.portalBeforeSubmit = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return window.portalBeforeSubmit === undefined"
                        + " && document.readyState === 'complete';")));
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Saves a screenshot under target/screenshots, or where {@code portal.screenshots} points:
     * scripts/screenshots.sh points it at docs/screenshots, the README's tour.
     */
    public Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (from the npm registry, installed by the build into target/axe) on the current page and fails
     * on every serious or critical violation of WCAG 2.x A/AA, naming the rule, its help and the elements.
     */
    public void assertAccessible() {
        Path axe = Path.of(System.getProperty("portal.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isReadable(axe)) {
            throw new IllegalStateException("axe-core is missing at " + axe + ". The build installs it with npm"
                    + " in the pre-integration-test phase: run the tests through Maven (mvn verify), with npm on the PATH.");
        }
        try {
            driver.executeScript(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(result => done(result.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                                 + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))
                   .catch(error => done(['axe failed: ' + error]));
                """);
        List<?> violations = (List<?>) found;
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n  "
                    + violations.stream().map(String::valueOf).collect(Collectors.joining("\n  ")));
        }
    }

    /** Errors the page logged to the browser console since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
