package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** What administrators do with accounts, and that nobody else can, on real H2. */
class AccountAdministrationTest {

    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    static Path folder;

    private static AccountServices services;

    private Account chief;
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
        chief = services.insert("chief", PASSWORD, Set.of(Role.ADMIN), false);
        staff = services.insert("mei.lin", PASSWORD, Set.of(Role.STAFF), false);
        services.caller.signIn("chief", Set.of("ADMIN", "STAFF"));
    }

    @Test
    void createsAnAccountWithATemporaryPasswordThatMustBeChanged() {
        TemporaryPassword created = services.administration(a -> a.create("  New.Analyst ", Set.of(Role.STAFF)));

        assertEquals("new.analyst", created.username());
        assertTrue(created.password().length() >= 20);
        SignIn signIn = services.accounts(a -> a.authenticate("new.analyst", created.password())).orElseThrow();
        assertTrue(signIn.mustChangePassword());
        assertEquals(Set.of("STAFF"), signIn.groups());
        assertEquals(List.of("chief", "mei.lin", "new.analyst"),
                services.administration(AccountAdministration::list).stream().map(AccountSummary::username).toList());
    }

    @Test
    void refusesBadNewAccounts() {
        assertRefused(Refusal.USERNAME_TAKEN, () -> services.administration(a -> a.create("MEI.LIN", Set.of(Role.STAFF))));
        assertRefused(Refusal.USERNAME_INVALID, () -> services.administration(a -> a.create("mei lin", Set.of(Role.STAFF))));
        assertRefused(Refusal.NO_ROLE, () -> services.administration(a -> a.create("someone", Set.of())));
    }

    @Test
    void disablingEndsSignInAndLiveSessionsAndEnablingRestoresSignIn() {
        services.administer(a -> a.disable(staff.getId(), staff.getVersion()));

        Account disabled = services.load("mei.lin");
        assertFalse(disabled.isEnabled());
        assertEquals(staff.getSessionEpoch() + 1, disabled.getSessionEpoch(), "live sessions end");
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isEmpty());

        services.administer(a -> a.enable(disabled.getId(), disabled.getVersion()));
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isPresent());
    }

    @Test
    void assignsRolesAndAResetForcesANewPassword() {
        services.administer(a -> a.assignRoles(staff.getId(), staff.getVersion(), Set.of(Role.ADMIN)));
        Account promoted = services.load("mei.lin");
        assertEquals(Set.of("ADMIN", "STAFF"), promoted.getGroups());

        TemporaryPassword reset = services.administration(a -> a.resetPassword(promoted.getId(), promoted.getVersion()));

        Account after = services.load("mei.lin");
        assertTrue(after.isMustChangePassword());
        assertEquals(promoted.getSessionEpoch() + 1, after.getSessionEpoch());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", PASSWORD)).isEmpty());
        assertTrue(services.accounts(a -> a.authenticate("mei.lin", reset.password())).isPresent());
    }

    @Test
    void aChangeToAnAccountSomeoneElseChangedMeanwhileIsRefused() {
        services.administer(a -> a.disable(staff.getId(), staff.getVersion()));

        assertRefused(Refusal.STALE, () -> services.administer(a -> a.enable(staff.getId(), staff.getVersion())));
        assertFalse(services.load("mei.lin").isEnabled());
    }

    @Test
    void administratorsCannotLockThemselvesOrThePortalOut() {
        assertRefused(Refusal.SELF, () -> services.administer(a -> a.disable(chief.getId(), chief.getVersion())));
        assertRefused(Refusal.SELF, () -> services.administer(a -> a.resetPassword(chief.getId(), chief.getVersion())));

        Account deputy = services.insert("deputy", PASSWORD, Set.of(Role.ADMIN), false);
        services.caller.signIn("deputy", Set.of("ADMIN", "STAFF"));
        services.administer(a -> a.disable(chief.getId(), chief.getVersion()));
        services.caller.signIn("chief", Set.of("ADMIN", "STAFF"));
        Account lastAdmin = services.load("deputy");
        assertRefused(Refusal.LAST_ADMIN,
                () -> services.administer(a -> a.assignRoles(lastAdmin.getId(), lastAdmin.getVersion(), Set.of(Role.STAFF))));
        assertRefused(Refusal.LAST_ADMIN,
                () -> services.administer(a -> a.disable(lastAdmin.getId(), lastAdmin.getVersion())));
        assertTrue(services.load("deputy").isEnabled());
        assertEquals(deputy.getRoles(), services.load("deputy").getRoles());
    }

    @Test
    void staffAndAnonymousCallersCanDoNothingHere() {
        for (Set<String> roles : List.of(Set.of("STAFF"), Set.<String>of())) {
            services.caller.signIn("mei.lin", roles);
            assertNotPermitted(() -> services.administration(AccountAdministration::list));
            assertNotPermitted(() -> services.administration(a -> a.create("intruder", Set.of(Role.ADMIN))));
            assertNotPermitted(() -> services.administer(a -> a.disable(chief.getId(), chief.getVersion())));
            assertNotPermitted(() -> services.administer(a -> a.assignRoles(staff.getId(), staff.getVersion(),
                    Set.of(Role.ADMIN))));
            assertNotPermitted(() -> services.administration(a -> a.resetPassword(chief.getId(), chief.getVersion())));
        }
        services.caller.signOut();
        assertNotPermitted(() -> services.administer(a -> a.enable(staff.getId(), staff.getVersion())));

        assertEquals(Set.of(Role.STAFF), services.load("mei.lin").getRoles());
        assertTrue(services.load("chief").isEnabled());
        assertEquals(2L, (long) services.db.inTransaction(em ->
                em.createQuery("select count(a) from Account a", Long.class).getSingleResult()));
    }

    private static void assertRefused(Refusal reason, Executable change) {
        assertEquals(reason, assertThrows(AccountRefused.class, change).getReason());
    }

    private static void assertNotPermitted(Executable change) {
        assertThrows(NotPermitted.class, change);
    }
}
