package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eurasiadiplomacy.portal.securitylog.SecurityEventKind;
import org.eurasiadiplomacy.portal.securitylog.SecurityLog;
import org.eurasiadiplomacy.portal.securitylog.SecurityLogEntry;
import org.eurasiadiplomacy.portal.securitylog.SecurityLogPage;
import org.eurasiadiplomacy.portal.securitylog.SecurityLogs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security log (issue 17, finding 4): what account administration and sign-ins write to it, on real H2. */
class AccountSecurityLogTest {

    private static final String PASSWORD = "a long enough passphrase";
    private static final String SIGN_IN_ADDRESS = "198.51.100.4";

    @TempDir
    static Path folder;

    private static AccountServices services;

    private Account staff;

    @BeforeAll
    static void open() {
        services = new AccountServices(folder);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void anAdministratorAndAStaffMember() {
        services.removeAllAccounts();
        services.insert("chief", PASSWORD, Set.of(Role.ADMIN), false);
        staff = services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), false);
        services.caller.signIn("chief", Set.of("ADMIN", "STAFF"));
    }

    @Test
    void everyAccountChangeIsRecordedWithAccountAdministratorAndAddress() {
        TemporaryPassword created = services.administration(a -> a.create("new.analyst", Set.of(Role.STAFF)));
        services.administer(a -> a.disable(staff.getId(), staff.getVersion()));
        Account disabled = services.load("mei.lin");
        services.administer(a -> a.enable(disabled.getId(), disabled.getVersion()));
        Account enabled = services.load("mei.lin");
        services.administer(a -> a.assignRoles(enabled.getId(), enabled.getVersion(), Set.of(Role.ADMIN)));
        Account promoted = services.load("mei.lin");
        TemporaryPassword reset = services.administration(a -> a.resetPassword(promoted.getId(),
                promoted.getVersion()));

        List<SecurityLogEntry> oldestFirst = oldestFirst();
        assertEquals(List.of(SecurityEventKind.ACCOUNT_CREATED, SecurityEventKind.ACCOUNT_DISABLED,
                        SecurityEventKind.ACCOUNT_ENABLED, SecurityEventKind.ROLES_CHANGED,
                        SecurityEventKind.PASSWORD_RESET),
                oldestFirst.stream().map(SecurityLogEntry::kind).toList());
        assertEquals(List.of("new.analyst", "mei.lin", "mei.lin", "mei.lin", "mei.lin"),
                oldestFirst.stream().map(SecurityLogEntry::account).toList());
        for (SecurityLogEntry entry : oldestFirst) {
            assertEquals("chief", entry.actor(), entry.kind() + " names the administrator");
            assertEquals(AccountServices.ADDRESS, entry.address(), entry.kind() + " names the address");
        }
        assertEquals("STAFF", oldestFirst.get(0).roles());
        assertEquals("ADMIN", oldestFirst.get(3).roles());
        assertNoSecretIn(created.password(), reset.password(), PASSWORD);
    }

    @Test
    void aRefusedChangeAndAnUnchangedRoleSetWriteNothing() {
        assertThrows(AccountRefused.class,
                () -> services.administration(a -> a.create("MEI.LIN", Set.of(Role.STAFF))));
        assertThrows(AccountRefused.class, () -> services.administer(a -> a.disable(staff.getId(), 99)));
        services.administer(a -> a.assignRoles(staff.getId(), staff.getVersion(), Set.of(Role.STAFF)));

        assertEquals(List.of(), entries());
    }

    @Test
    void theHoldersOwnPasswordChangeIsRecorded() {
        services.caller.signIn("mei.lin", Set.of("STAFF"));
        services.accounts(a -> a.changeOwnPassword(PASSWORD, "another long passphrase"));

        services.caller.signIn("chief", Set.of("ADMIN", "STAFF"));
        SecurityLogEntry entry = entries().get(0);
        assertEquals(SecurityEventKind.PASSWORD_CHANGED, entry.kind());
        assertEquals("mei.lin", entry.account());
        assertEquals("mei.lin", entry.actor());
        assertEquals(AccountServices.ADDRESS, entry.address());
        assertNoSecretIn(PASSWORD, "another long passphrase");
    }

    @Test
    void signInsAreRecordedWithTheAccountAndAddressButNeverATypedPassword() {
        log(log -> log.signedIn("mei.lin", SIGN_IN_ADDRESS));
        log(log -> log.signInFailed("Mei.Lin ", SIGN_IN_ADDRESS));
        // a password typed into the user name field, and a name no account has: neither is written down
        log(log -> log.signInFailed(PASSWORD, SIGN_IN_ADDRESS));
        log(log -> log.signInFailed("nobody", SIGN_IN_ADDRESS));

        List<SecurityLogEntry> oldestFirst = oldestFirst();
        assertEquals(List.of(SecurityEventKind.SIGNED_IN, SecurityEventKind.SIGN_IN_FAILED,
                        SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_FAILED),
                oldestFirst.stream().map(SecurityLogEntry::kind).toList());
        assertEquals("mei.lin", oldestFirst.get(0).account());
        assertEquals("mei.lin", oldestFirst.get(0).actor());
        assertEquals("mei.lin", oldestFirst.get(1).account());
        assertNull(oldestFirst.get(2).account());
        assertNull(oldestFirst.get(3).account());
        oldestFirst.forEach(entry -> assertEquals(SIGN_IN_ADDRESS, entry.address()));
        assertNoSecretIn(PASSWORD, "nobody");
    }

    @Test
    void throttledTriesOfOneNameFromOneAddressCountIntoOneEntry() {
        for (int i = 0; i < 30; i++) {
            log(log -> log.signInThrottled("mei.lin", SIGN_IN_ADDRESS));
        }
        log(log -> log.signInThrottled("mei.lin", "203.0.113.9"));
        log(log -> log.signInThrottled("chief", SIGN_IN_ADDRESS));

        List<SecurityLogEntry> entries = entries();
        assertEquals(3, entries.size(), "one entry per name and address: " + entries);
        SecurityLogEntry counted = entries.stream()
                .filter(e -> "mei.lin".equals(e.account()) && SIGN_IN_ADDRESS.equals(e.address())).findFirst()
                .orElseThrow();
        assertEquals(SecurityEventKind.SIGN_IN_THROTTLED, counted.kind());
        assertEquals(30, counted.attempts());
    }

    @Test
    void onlyAdministratorsReadTheLogAndItIsPaged() {
        for (int i = 0; i < SecurityLog.PAGE_SIZE + 3; i++) {
            log(log -> log.signInFailed("mei.lin", SIGN_IN_ADDRESS));
        }
        SecurityLogPage second = services.db.inTransaction(em -> SecurityLogs.on(em, services.caller, null).page(1));
        assertEquals(SecurityLog.PAGE_SIZE + 3, second.total());
        assertEquals(2, second.pages());
        assertEquals(3, second.rows().size());
        assertFalse(second.hasNext());

        services.caller.signIn("mei.lin", Set.of("STAFF"));
        assertThrows(NotPermitted.class,
                () -> services.db.inTransaction(em -> SecurityLogs.on(em, services.caller, null).page(0)));
    }

    private static void log(Consumer<SecurityLog> work) {
        services.db.run(em -> work.accept(SecurityLogs.on(em, services.caller, null)));
    }

    private static List<SecurityLogEntry> entries() {
        return services.db.inTransaction(em -> SecurityLogs.on(em, services.caller, null).page(0)).rows();
    }

    private static List<SecurityLogEntry> oldestFirst() {
        List<SecurityLogEntry> entries = new java.util.ArrayList<>(entries());
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** No column of any entry holds one of the secrets. */
    private static void assertNoSecretIn(String... secrets) {
        List<?> rows = services.db.inTransaction(em -> em.createNativeQuery(
                "select concat_ws('|', kind, account, actor, address, roles) from security_event").getResultList());
        for (Object row : rows) {
            for (String secret : secrets) {
                assertFalse(String.valueOf(row).contains(secret), "the log holds a secret: " + row);
            }
        }
    }
}
