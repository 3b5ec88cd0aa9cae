package org.eurasiadiplomacy.portal.web.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an administrator and a new colleague do, in headless Chromium under the portal's Content-Security-Policy:
 * every page is checked for console errors, which is where the browser reports a CSP violation.
 */
class AccountsBrowserIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();
    private final List<String> consoleErrors = new ArrayList<>();

    @Test
    void anAdministratorCreatesAnAccountWhoseHolderMustChooseAPasswordFirst() {
        open("/?lang=en");
        click("sign-in-link");
        SignInPage.shown(browser).signInTo(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, "/admin/index.xhtml");
        assertTrue(browser.driver().findElement(By.className("page-heading__lead")).getText()
                .startsWith("Administrators curate everything the portal publishes"), "not only who may sign in");
        checkConsole();

        click("account-accounts");
        waitForPath("/admin/accounts.xhtml");
        String colleague = TestAccounts.uniqueName("browser");
        type("create:username", colleague);
        click("create:create-account");
        WebElement issued = waitFor("issued-password");
        String temporary = issued.getText().strip();
        assertTrue(temporary.length() >= 20, "a temporary password is shown once: " + temporary);
        assertTrue(browser.driver().findElement(By.id("list:accounts")).getText().contains(colleague));
        checkConsole();

        click("account-menu:sign-out");
        waitFor("sign-in-link");
        click("sign-in-link");
        SignInPage.shown(browser).signInTo(colleague, temporary, "/staff/password.xhtml");
        assertTrue(waitFor("password-required").isDisplayed(), "the holder must choose a password first");
        checkConsole();

        type("password:current", temporary);
        type("password:new", "a passphrase of my own");
        type("password:repeat", "a passphrase of my own");
        click("password:change");
        waitFor("password-changed");
        assertEquals(colleague, browser.driver().findElement(By.id("account-user")).getText());
        checkConsole();

        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    @Test
    void primeFacesWidgetsRunUnderTheContentSecurityPolicy() {
        open("/oda.xhtml?lang=en");
        Number widgets = (Number) browser.driver().executeScript(
                "return window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1;");
        assertTrue(widgets.intValue() > 0, "PrimeFaces' nonce-carrying scripts ran and built the page's widgets");
        checkConsole();
        open("/");
        open("/login.xhtml");
        checkConsole();

        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path.substring(1));
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Every button and link these pages give leads to a new page. */
    private void click(String id) {
        browser.clickToNewPage(waitFor(id));
    }

    private WebElement waitFor(String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void waitForPath(String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(path));
    }

    private void checkConsole() {
        consoleErrors.addAll(browser.consoleErrors());
    }
}
