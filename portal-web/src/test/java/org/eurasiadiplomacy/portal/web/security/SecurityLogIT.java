package org.eurasiadiplomacy.portal.web.security;

import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN_PASSWORD;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.junit.jupiter.api.Test;

/**
 * The security log on the deployed WAR (issue 17, finding 4): sign-ins and account administration are
 * recorded with the account, who acted and the address; administrators read them at /admin/security-log.xhtml,
 * staff cannot; no password and no session id is in the log or on its page.
 */
class SecurityLogIT extends DeployedPortal {

    private static final String LOG_PAGE = "/admin/security-log.xhtml";

    @Test
    void signInsAndAccountAdministrationAreRecordedWithAccountActorAndAddress() throws UnknownHostException {
        String user = TestAccounts.staff("logged");
        String address = "127.0.0." + ThreadLocalRandom.current().nextInt(2, 250);
        FromAddress from = new FromAddress(InetAddress.getByName(address), base);
        assertFalse(from.signIn(user, "not the password"));
        assertTrue(from.signIn(user, PASSWORD));
        WebClient admin = new WebClient(base);
        assertTrue(admin.signIn(ADMIN, ADMIN_PASSWORD).redirectsTo("/admin/"));

        String created = TestAccounts.uniqueName("created");
        WebPage accounts = TestAccounts.accountsPage(admin);
        WebPage done = admin.submit(accounts, "create", Map.of("create:username", created, "create:roles", "STAFF",
                "create:create-account", "x"));
        String temporary = TestAccounts.issuedPassword(done);
        TestAccounts.clickInRow(admin, created, "disable");
        TestAccounts.clickInRow(admin, created, "enable");
        TestAccounts.clickInRow(admin, created, "reset");

        assertEquals(List.of("SIGN_IN_FAILED||" + address, "SIGNED_IN|" + user + "|" + address),
                events(user), "the staff member's sign-ins, from the address they came from");
        // the administrator's client connects to the address the portal was deployed at
        String adminAddress = InetAddress.getByName(base.getHost()).getHostAddress();
        assertEquals(List.of("ACCOUNT_CREATED|admin|" + adminAddress, "ACCOUNT_DISABLED|admin|" + adminAddress,
                "ACCOUNT_ENABLED|admin|" + adminAddress, "PASSWORD_RESET|admin|" + adminAddress), events(created));

        WebPage log = admin.get(LOG_PAGE);
        assertEquals(200, log.status());
        String body = log.body();
        assertTrue(body.contains(created) && body.contains(user) && body.contains(address), "the page lists them");
        assertTrue(body.contains("Password reset") && body.contains("Sign-in failed"), "named in the reader's language");
        String logged = String.join("\n", allLogged());
        for (String secret : List.of(temporary, PASSWORD, ADMIN_PASSWORD, "not the password",
                admin.sessionId().orElseThrow())) {
            assertFalse(body.contains(secret), "the page shows a secret: " + secret);
            assertFalse(logged.contains(secret), "the log holds a secret: " + secret);
        }
    }

    @Test
    void onlyAdministratorsMayReadTheLog() {
        WebClient staff = new WebClient(base);
        assertTrue(staff.signIn(TestAccounts.staff("curious"), PASSWORD).redirectsTo("/staff/"));
        WebPage refused = staff.get(LOG_PAGE);
        assertEquals(403, refused.status());
        assertFalse(refused.body().contains("SIGNED_IN") || refused.body().contains("Signed in"));
        assertTrue(new WebClient(base).get(LOG_PAGE).redirectsTo("/login.xhtml"), "readers are asked to sign in");

        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        assertTrue(admin.get("/admin/index.xhtml").body().contains("href=\"/admin/security-log.xhtml\""),
                "the administrators' menu leads there");
        WebPage zh = admin.get(LOG_PAGE + "?page=abc", "Accept-Language", "zh-TW");
        assertEquals(200, zh.status(), "a page number that is no number opens the first page");
        assertTrue(zh.body().contains("安全日誌"));
    }

    /** kind|actor|address of the entries about {@code account}, oldest first. */
    private static List<String> events(String account) {
        List<String> events = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
             PreparedStatement select = db.prepareStatement("""
                     select kind, actor, address from security_event where account = ? order by id""")) {
            select.setString(1, account);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + "|" + (rows.getString(2) == null ? "" : rows.getString(2)) + "|"
                            + rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    private static List<String> allLogged() {
        List<String> rows = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
             PreparedStatement select = db.prepareStatement(
                     "select concat_ws('|', kind, account, actor, address, roles) from security_event");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
