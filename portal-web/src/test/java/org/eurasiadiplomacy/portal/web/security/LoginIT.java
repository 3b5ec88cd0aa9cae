package org.eurasiadiplomacy.portal.web.security;

import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN_PASSWORD;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eurasiadiplomacy.portal.accounts.SignInThrottle;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out on the deployed WAR: the first administrator, session ids, one answer for every failure,
 * throttling, and what disabling or resetting an account does to its live sessions.
 */
class LoginIT extends DeployedPortal {

    private static final String FAILED = "Sign-in failed.";

    @Test
    void theFirstAdministratorWasCreatedWithTheConfiguredPasswordAndAStrongHash() {
        TestAccounts.Row admin = TestAccounts.row(ADMIN);
        assertTrue(admin.passwordHash().startsWith("PBKDF2WithHmacSHA256:600000:"), "OWASP ASVS 5.0 strength");
        assertFalse(admin.passwordHash().contains(ADMIN_PASSWORD));
        assertFalse(admin.mustChangePassword(), "a configured password need not be changed");

        WebClient browser = new WebClient(base);
        WebPage signedIn = browser.signIn(ADMIN, ADMIN_PASSWORD);

        assertTrue(signedIn.redirectsTo("/admin/index.xhtml"), signedIn.toString());
        assertEquals(200, browser.get("/admin/accounts.xhtml").status());
    }

    @Test
    void signingInRenewsTheSessionIdAndSigningOutEndsTheSession() {
        String user = TestAccounts.staff("rotation");
        WebClient browser = new WebClient(base);
        WebPage login = browser.get("/login.xhtml", "Accept-Language", "en");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("the login form has a session"));
        String cookie = login.setCookie(WebClient.SESSION_COOKIE).orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

        WebPage signedIn = browser.submit(login, "login",
                Map.of("login:username", user, "login:password", PASSWORD, "login:sign-in", "x"));

        assertTrue(signedIn.redirectsTo("/staff/index.xhtml"), signedIn.toString());
        String after = browser.sessionId().orElseThrow();
        assertNotEquals(before, after, "a new session id at sign-in");
        WebPage dashboard = browser.get("/staff/index.xhtml");
        assertEquals(200, dashboard.status());
        assertEquals(user, dashboard.textOf("account-user").orElseThrow());
        assertTrue(new WebClient(base).useSession(before).get("/staff/index.xhtml").redirectsTo("/login.xhtml"),
                "the id from before sign-in (a fixed or planted one) is worth nothing");

        WebPage signedOut = browser.signOut(dashboard);

        assertTrue(signedOut.redirectsTo("/"), signedOut.toString());
        assertTrue(browser.get("/staff/index.xhtml").redirectsTo("/login.xhtml"));
        assertTrue(new WebClient(base).useSession(after).get("/staff/index.xhtml").redirectsTo("/login.xhtml"),
                "the signed-in session is over, not just forgotten by the browser");
    }

    /** The same answer; the same work behind it is AccountsTest's, the time over HTTP bench/sign-in-timing.sh's. */
    @Test
    void anUnknownUserADisabledAccountAndAWrongPasswordGetTheSameAnswer() {
        String user = TestAccounts.staff("timing");
        String disabled = TestAccounts.insert(TestAccounts.uniqueName("disabled"), PASSWORD, false, "STAFF");
        String unknown = TestAccounts.uniqueName("nobody");
        WebClient browser = new WebClient(base);

        WebPage wrong = attempt(browser, user, "not the password");
        WebPage missing = attempt(browser, unknown, "not the password");
        WebPage off = attempt(browser, disabled, PASSWORD);

        assertEquals(200, wrong.status());
        assertEquals(200, missing.status());
        assertTrue(wrong.body().contains(FAILED), wrong.toString());
        assertEquals(comparable(wrong, user), comparable(missing, unknown),
                "the same page for an unknown user and a wrong password");
        assertEquals(comparable(wrong, user), comparable(off, disabled),
                "and for a disabled account with its right password");
    }

    @Test
    void repeatedFailuresPauseThatAccountWhileOthersStayUsable() {
        String target = TestAccounts.staff("guessed");
        String colleague = TestAccounts.staff("colleague");
        WebClient attacker = new WebClient(base);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertTrue(attempt(attacker, target, "guess " + i).body().contains(FAILED));
        }

        WebPage paused = attempt(new WebClient(base), target, PASSWORD);

        assertEquals(200, paused.status(), "even the right password is refused while the account is paused");
        assertTrue(paused.body().contains(FAILED), "with the same neutral message");
        assertTrue(new WebClient(base).signIn(colleague, PASSWORD).redirectsTo("/staff/"),
                "another account signs in from the same address");
    }

    @Test
    void manyFailuresFromOneAddressPauseThatAddressOnly() throws UnknownHostException {
        String user = TestAccounts.staff("address");
        InetAddress address = InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250));
        FromAddress guesser = new FromAddress(address, base);
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            assertFalse(guesser.signIn(TestAccounts.uniqueName("spray"), "guess " + i));
        }

        assertFalse(guesser.signIn(user, PASSWORD), "the address is paused, whichever account it tries");
        assertTrue(new WebClient(base).signIn(user, PASSWORD).redirectsTo("/staff/"),
                "the account itself is not paused, and other addresses are served");
    }

    @Test
    void disablingAnAccountEndsItsLiveSessionAtOnce() {
        String user = TestAccounts.staff("disabled-live");
        WebClient staff = new WebClient(base);
        assertTrue(staff.signIn(user, PASSWORD).redirectsTo("/staff/"));
        assertEquals(200, staff.get("/staff/index.xhtml").status());
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);

        WebPage done = TestAccounts.clickInRow(admin, user, "disable");

        assertEquals(200, done.status());
        assertFalse(TestAccounts.row(user).enabled());
        WebPage next = staff.get("/staff/index.xhtml");
        assertTrue(next.redirectsTo("/login.xhtml?ended=true"), next.toString());
        assertTrue(staff.get("/staff/index.xhtml").redirectsTo("/login.xhtml"), "the session is gone, not paused");
        assertTrue(staff.signIn(user, PASSWORD).body().contains(FAILED), "and the account cannot sign in again");
    }

    @Test
    void aResetPasswordMustBeReplacedBeforeAnythingElseOpens() {
        String user = TestAccounts.staff("reset");
        WebClient staff = new WebClient(base);
        staff.signIn(user, PASSWORD);
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);

        String temporary = TestAccounts.issuedPassword(TestAccounts.clickInRow(admin, user, "reset"));

        assertTrue(staff.get("/staff/index.xhtml").redirectsTo("/login.xhtml"), "the reset ends live sessions");
        assertTrue(staff.signIn(user, PASSWORD).body().contains(FAILED), "the old password is gone");
        assertTrue(staff.signIn(user, temporary).redirectsTo("/staff/"));
        for (String elsewhere : new String[] {"/staff/index.xhtml", "/", "/oda.xhtml", "/login.xhtml"}) {
            assertTrue(staff.get(elsewhere).redirectsTo("/staff/password.xhtml"), elsewhere + " waits for a new password");
        }
        WebPage form = staff.get("/staff/password.xhtml", "Accept-Language", "en");
        assertEquals(200, form.status());
        assertTrue(form.textOf("password-required").isPresent());

        WebPage tooShort = staff.submit(form, "password", Map.of("password:current", temporary,
                "password:new", "short", "password:repeat", "short", "password:change", "x"));
        assertTrue(tooShort.messages().contains("The new password is too short: use at least 12 characters."),
                tooShort.messages().toString());
        WebPage changed = staff.submit(tooShort, "password", Map.of("password:current", temporary,
                "password:new", "my own long passphrase", "password:repeat", "my own long passphrase",
                "password:change", "x"));

        assertTrue(changed.redirectsTo("/staff/index.xhtml?passwordChanged=true"), changed.toString());
        assertEquals(200, staff.get("/staff/index.xhtml").status());
        assertFalse(TestAccounts.row(user).mustChangePassword());
    }

    private static WebPage attempt(WebClient browser, String username, String password) {
        WebPage login = browser.get("/login.xhtml", "Accept-Language", "en");
        return browser.submit(login, "login",
                Map.of("login:username", username, "login:password", password, "login:sign-in", "x"));
    }

    /** The page without what differs on every answer: view state, nonce, and the name that was typed. */
    private static String comparable(WebPage page, String typedName) {
        String nonce = page.hiddenFields("login").get("primefaces.nonce");
        String viewState = page.hiddenFields("login").get("jakarta.faces.ViewState");
        return page.body().replace(nonce, "NONCE").replace(viewState, "VIEW-STATE").replace(typedName, "NAME");
    }
}
