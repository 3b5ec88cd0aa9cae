package org.eurasiadiplomacy.portal.web.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;

/**
 * Accounts for the tests, each with a name of its own, arranged in the deployed portal's H2 file the way the
 * portal stores them (a PBKDF2 hash in Jakarta Security's format, 600,000 iterations), and the
 * administrators' page driven as an administrator drives it.
 */
public final class TestAccounts {

    /** The first administrator's password: arquillian.xml passes it as -Dportal.admin.password. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-first-admin-passphrase";
    public static final String PASSWORD = "a tested passphrase";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestAccounts() {
    }

    /** A user name no other test uses. */
    public static String uniqueName(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static String staff(String prefix) {
        return insert(uniqueName(prefix), PASSWORD, true, "STAFF");
    }

    public static String insert(String username, String password, boolean enabled, String... roles) {
        try (Connection db = ItDatabase.connect()) {
            try (PreparedStatement account = db.prepareStatement("""
                    insert into account (id, version, username, password_hash, enabled, must_change_password,
                                         session_epoch, created_at, modified_at)
                    values (nextval('account_seq'), 0, ?, ?, ?, false, 0, current_timestamp, current_timestamp)""")) {
                account.setString(1, username);
                account.setString(2, hash(password));
                account.setBoolean(3, enabled);
                account.executeUpdate();
            }
            for (String role : roles) {
                try (PreparedStatement grant = db.prepareStatement(
                        "insert into account_role (account_id, role_name) select id, ? from account where username = ?")) {
                    grant.setString(1, role);
                    grant.setString(2, username);
                    grant.executeUpdate();
                }
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account row as the portal stored it. */
    public static Row row(String username) {
        try (Connection db = ItDatabase.connect();
             PreparedStatement select = db.prepareStatement("""
                     select password_hash, enabled, must_change_password, session_epoch, version
                     from account where username = ?""")) {
            select.setString(1, username);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new AssertionError("no account " + username);
                }
                return new Row(result.getString(1), result.getBoolean(2), result.getBoolean(3), result.getInt(4),
                        result.getLong(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Row(String passwordHash, boolean enabled, boolean mustChangePassword, int sessionEpoch,
                      long version) {
    }

    /** The administrators' account page, opened by a signed-in administrator. */
    public static WebPage accountsPage(WebClient admin) {
        WebPage page = admin.get("/admin/accounts.xhtml");
        if (page.status() != 200 || !page.hasForm("list")) {
            throw new AssertionError("the accounts page did not open: " + page);
        }
        return page;
    }

    /** The fields of clicking {@code button} (disable, enable, reset, save-roles) in {@code username}'s row. */
    public static Map<String, String> rowAction(WebPage accounts, String username, String button) {
        return WebClient.formFields(accounts, "list", Map.of(rowButton(accounts, username, button), button));
    }

    /** The name of a button in the row of {@code username}: list:accounts:N:button. */
    public static String rowButton(WebPage accounts, String username, String button) {
        String body = accounts.body();
        int name = body.indexOf("<span class=\"account-name\">" + username + "</span>");
        Matcher row = Pattern.compile("name=\"list:accounts:(\\d+):").matcher(body);
        if (name < 0 || !row.find(name)) {
            throw new AssertionError("no row for " + username);
        }
        String buttonName = "list:accounts:" + row.group(1) + ":" + button;
        if (!body.contains("name=\"" + buttonName + "\"")) {
            throw new AssertionError("no " + button + " button for " + username);
        }
        return buttonName;
    }

    /** Clicks {@code button} in {@code username}'s row of the accounts page, as an administrator. */
    public static WebPage clickInRow(WebClient admin, String username, String button) {
        WebPage accounts = accountsPage(admin);
        return admin.post(accounts.formAction("list"), rowAction(accounts, username, button));
    }

    /** The temporary password the accounts page shows once. */
    public static String issuedPassword(WebPage page) {
        return page.textOf("issued-password").orElseThrow(() -> new AssertionError("no temporary password shown"));
    }

    static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            RANDOM.nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 600_000, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:600000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
