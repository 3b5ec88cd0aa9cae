package org.eurasiadiplomacy.portal.web.staff.sources;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.SignInPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff source pages as a person uses them, by the ids the pages give their fields and buttons. */
final class StaffPages {

    private final Browser browser;
    private final URL base;

    StaffPages(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    ChromeDriver driver() {
        return browser.driver();
    }

    /** Signs a new staff member in, in the given interface language. */
    StaffPages signIn(String language) {
        String staff = TestAccounts.staff("editor");
        SignInPage.open(browser, base, language).signInTo(staff, TestAccounts.PASSWORD, "/staff/");
        return this;
    }

    void open(String path) {
        driver().get(Browser.local(base) + path.substring(1));
    }

    void type(String id, String text) {
        WebElement field = waitFor(id);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String visibleText) {
        new Select(waitFor(id)).selectByVisibleText(visibleText);
    }

    void chooseValue(String id, String value) {
        new Select(waitFor(id)).selectByValue(value);
    }

    /** Clicks a button that posts the form, and waits for the page that answers. */
    void click(String id) {
        browser.clickToNewPage(waitFor(id));
    }

    /** Ticks or clears a checkbox, which posts nothing. */
    void toggle(String id) {
        waitFor(id).click();
    }

    WebElement waitFor(String id) {
        return new WebDriverWait(driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean present(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return waitFor(id).getText();
    }

    String value(String id) {
        return waitFor(id).getDomProperty("value");
    }

    /**
     * Chooses the source type, which redraws the form with the type's fields; waits for the redrawn form, so
     * that nothing is typed into the form it replaces.
     */
    void chooseType(String type) {
        WebElement before = waitFor("source:title");
        chooseValue("source:type", type);
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
    }

    /** Opens the empty form and fills what every test needs: a journal article in English. */
    void newJournalArticle(String title) {
        open("/staff/source.xhtml");
        chooseType("JOURNAL_ARTICLE");
        type("source:title", title);
        type("source:language", "en");
        type("source:container", "Journal of Eurasian Studies");
        type("source:year", "2021");
    }

    /** Adds a contributor row and fills it; rows are numbered from 0 in the page's ids. */
    void addContributor(int row, String name, String role) {
        click("source:add-contributor");
        type("source:people:" + row + ":name", name);
        chooseValue("source:people:" + row + ":role", role);
    }

    /** Fills a row with a person's family and given names. */
    void addPerson(int row, String family, String given, String role) {
        click("source:add-contributor");
        type("source:people:" + row + ":family", family);
        type("source:people:" + row + ":given", given);
        chooseValue("source:people:" + row + ":role", role);
    }

    /** Asks to delete the open source and confirms it. */
    void deleteConfirmed() {
        click("source:delete");
        click("source:confirm-delete-yes");
    }

    /** The names as written of the contributor rows, in order. */
    List<String> contributorNames() {
        return driver().findElements(By.cssSelector("#contributors li.contributor input[id$=':name']")).stream()
                .map(input -> input.getDomProperty("value")).toList();
    }

    /** The number of the saved source, from the address the save redirected to. */
    long savedId() {
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("saved=true"));
        String url = driver().getCurrentUrl();
        String id = url.replaceAll(".*[?&]id=(\\d+).*", "$1");
        return Long.parseLong(id);
    }

    Path screenshot(String name) {
        return browser.screenshot(name);
    }

    /**
     * The browser's cookies, for downloads made beside the browser: the session's, and the version of it that
     * Payara keeps beside a distributable session (JSESSIONIDVERSION), without which the session is not found.
     */
    String sessionCookie() {
        return driver().manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    List<String> consoleErrors() {
        return browser.consoleErrors();
    }
}
