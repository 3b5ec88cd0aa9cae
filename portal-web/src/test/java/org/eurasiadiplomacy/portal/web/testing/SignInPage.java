package org.eurasiadiplomacy.portal.web.testing;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in page (/login.xhtml) as a person uses it: the browser tests sign in through it instead of typing
 * into its element ids themselves.
 */
public final class SignInPage {

    private static final By USERNAME = By.id("login:username");
    private static final By PASSWORD = By.id("login:password");
    private static final By SIGN_IN = By.id("login:sign-in");

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the sign-in page in an interface language ("en", "zh-TW"). */
    public static SignInPage open(Browser browser, URL base, String language) {
        browser.driver().get(Browser.local(base) + "login.xhtml?lang=" + language);
        return shown(browser);
    }

    /** The sign-in page the browser is on (after the "Sign in" link, say), once its form shows. */
    public static SignInPage shown(Browser browser) {
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return new SignInPage(browser);
    }

    /** Types the name and password and signs in; returns once the page that answers has loaded. */
    public void signIn(String username, String password) {
        type(USERNAME, username);
        type(PASSWORD, password);
        browser.clickToNewPage(browser.driver().findElement(SIGN_IN));
    }

    /** Signs in and waits until the portal has led to {@code path} (/staff/, /admin/, a forced password change). */
    public void signInTo(String username, String password, String path) {
        signIn(username, password);
        wait(browser).withMessage("signed in as " + username + ", expected " + path)
                .until(ExpectedConditions.urlContains(path));
    }

    private void type(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }
}
