package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in, the first administrator and one's own password, on real H2 with the real PBKDF2 cost. */
class AccountsTest {

    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    static Path folder;

    private static AccountServices services;

    @BeforeAll
    static void open() {
        services = new AccountServices(folder);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void noAccounts() {
        services.removeAllAccounts();
    }

    @Test
    void theFirstStartWithoutAConfiguredPasswordCreatesAdminWithAOneTimePassword() {
        FirstAdmin first = services.accounts(a -> a.createFirstAdmin(Optional.empty())).orElseThrow();

        String oneTime = first.oneTimePassword().orElseThrow();
        assertEquals("admin", first.username());
        assertTrue(oneTime.length() >= 20, "at least 20 characters: " + oneTime.length());
        assertFalse(first.configuredPasswordRejected());
        assertFalse(first.toString().contains(oneTime), "the password stays out of logs");

        Account admin = services.load("admin");
        assertTrue(admin.isMustChangePassword(), "a one-time password must be changed at the first sign-in");
        assertEquals(Set.of(Role.ADMIN), admin.getRoles());
        assertTrue(admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"), admin.getPasswordHash());
        assertFalse(admin.getPasswordHash().contains(oneTime));

        SignIn signIn = services.accounts(a -> a.authenticate("admin", oneTime)).orElseThrow();
        assertTrue(signIn.mustChangePassword());
        assertEquals(Set.of("ADMIN", "STAFF"), signIn.groups());

        assertTrue(services.accounts(a -> a.createFirstAdmin(Optional.empty())).isEmpty(),
                "a later start finds the account and creates (and prints) nothing");
    }

    @Test
    void aConfiguredPasswordIsUsedAsItIs() {
        FirstAdmin first = services.accounts(a -> a.createFirstAdmin(Optional.of(PASSWORD))).orElseThrow();

        assertTrue(first.oneTimePassword().isEmpty());
        assertFalse(services.load("admin").isMustChangePassword());
        assertTrue(services.accounts(a -> a.authenticate("admin", PASSWORD)).isPresent());
    }

    @Test
    void aConfiguredPasswordThatBreaksThePolicyIsReplacedByAOneTimePassword() {
        FirstAdmin first = services.accounts(a -> a.createFirstAdmin(Optional.of("admin"))).orElseThrow();

        assertTrue(first.configuredPasswordRejected());
        assertTrue(first.oneTimePassword().isPresent());
        assertTrue(services.accounts(a -> a.authenticate("admin", "admin")).isEmpty());
    }

    @Test
    void unknownUserWrongPasswordAndDisabledAccountGetTheSameAnswer() {
        services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), false);
        Account disabled = services.insert("old.hand", PASSWORD, Set.of(Role.STAFF), false);
        services.db.run(em -> em.find(Account.class, disabled.getId()).disable());

        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isPresent());
        assertTrue(services.accounts(a -> a.authenticate("  Mei.Lin ", PASSWORD)).isPresent(), "typed loosely");
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD + "!")).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("nobody", PASSWORD)).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("old.hand", PASSWORD)).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", null)).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", "x".repeat(100_000))).isEmpty());
    }

    @Test
    void anUnknownUserADisabledAccountAndAWrongPasswordEachCostOneFullStrengthCheck() {
        services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), false);
        Account disabled = services.insert("old.hand", PASSWORD, Set.of(Role.STAFF), false);
        services.db.run(em -> em.find(Account.class, disabled.getId()).disable());
        List<String> oneFullCheck = List.of(PasswordHashing.ALGORITHM + ":" + PasswordHashing.ITERATIONS);
        services.hashes.takeChecks();

        services.accounts(a -> a.authenticate("mei.lin", "wrong password!"));
        assertEquals(oneFullCheck, services.hashes.takeChecks(), "a wrong password");
        services.accounts(a -> a.authenticate("nobody", PASSWORD));
        assertEquals(oneFullCheck, services.hashes.takeChecks(), "an unknown user: the same work, on a dummy hash");
        services.accounts(a -> a.authenticate("old.hand", PASSWORD));
        assertEquals(oneFullCheck, services.hashes.takeChecks(), "a disabled account with its right password");
        services.accounts(a -> a.authenticate("nobody", "x".repeat(100_000)));
        assertEquals(oneFullCheck, services.hashes.takeChecks(), "an overlong password, checked as an empty one");
        services.accounts(a -> a.authenticate("mei.lin", PASSWORD));
        assertEquals(oneFullCheck, services.hashes.takeChecks(), "and a successful sign-in, for comparison");
    }

    @Test
    void changingOnesOwnPasswordEndsOtherSessionsAndClearsTheForcedChange() {
        services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), true);
        int epoch = services.load("mei.lin").getSessionEpoch();
        services.caller.signIn("mei.lin", Set.of("STAFF"));

        AccountRefused wrong = assertThrows(AccountRefused.class,
                () -> services.accounts(a -> a.changeOwnPassword("not it", "another long passphrase")));
        assertEquals(Refusal.WRONG_PASSWORD, wrong.getReason());
        AccountRefused weak = assertThrows(AccountRefused.class,
                () -> services.accounts(a -> a.changeOwnPassword(PASSWORD, "mei.lin")));
        assertEquals(List.of(PasswordProblem.TOO_SHORT, PasswordProblem.SAME_AS_USERNAME), weak.getProblems());
        AccountRefused same = assertThrows(AccountRefused.class,
                () -> services.accounts(a -> a.changeOwnPassword(PASSWORD, PASSWORD)));
        assertEquals(Refusal.SAME_PASSWORD, same.getReason());

        int newEpoch = services.accounts(a -> a.changeOwnPassword(PASSWORD, "another long passphrase"));

        assertEquals(epoch + 1, newEpoch);
        Account changed = services.load("mei.lin");
        assertFalse(changed.isMustChangePassword());
        assertEquals(newEpoch, changed.getSessionEpoch());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", "another long passphrase")).isPresent());
    }

    @Test
    void onlyASignedInStaffMemberChangesAPasswordAndOnlyTheirOwn() {
        services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), false);

        assertThrows(NotPermitted.class, () -> services.accounts(a -> a.changeOwnPassword(PASSWORD, "x".repeat(20))));
        services.caller.signIn("mei.lin", Set.of());
        assertThrows(NotPermitted.class, () -> services.accounts(a -> a.changeOwnPassword(PASSWORD, "x".repeat(20))));
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isPresent(), "unchanged");
    }

    @Test
    void theStandingOfASignedInAccount() {
        Account account = services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), true);

        assertEquals(Optional.of(new Standing(true, true, account.getSessionEpoch())),
                services.accounts(a -> a.standing("mei.lin")));
        assertTrue(services.accounts(a -> a.standing("nobody")).isEmpty());
    }
}
