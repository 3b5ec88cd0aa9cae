package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";

    private Account staff() {
        return new Account("mei.lin", HASH, Set.of(Role.STAFF), false);
    }

    @Test
    void refusesInvalidState() {
        assertThrows(IllegalArgumentException.class, () -> new Account("Mei Lin", HASH, Set.of(Role.STAFF), false));
        assertThrows(IllegalArgumentException.class, () -> new Account("ab", HASH, Set.of(Role.STAFF), false));
        assertThrows(IllegalArgumentException.class, () -> new Account("mei", " ", Set.of(Role.STAFF), false));
        assertThrows(IllegalArgumentException.class, () -> new Account("mei", HASH, Set.of(), false));
        assertThrows(NullPointerException.class, () -> new Account("mei", null, Set.of(Role.STAFF), false));
    }

    @Test
    void normalizesWhatIsTypedAtSignIn() {
        assertEquals("mei.lin", Account.normalize("  Mei.Lin "));
        assertEquals("", Account.normalize(null));
    }

    @Test
    void anAdministratorActsAsStaffToo() {
        Account admin = new Account("root.admin", HASH, Set.of(Role.ADMIN), false);
        assertEquals(Set.of("ADMIN", "STAFF"), admin.getGroups());
        assertEquals(Set.of("STAFF"), staff().getGroups());
        assertTrue(admin.isAdmin());
        assertFalse(staff().isAdmin());
    }

    @Test
    void everyChangeThatMustEndLiveSessionsRaisesTheEpoch() {
        Account account = staff();
        int epoch = account.getSessionEpoch();

        account.disable();
        assertFalse(account.isEnabled());
        assertEquals(epoch + 1, account.getSessionEpoch());
        account.disable();
        assertEquals(epoch + 1, account.getSessionEpoch(), "disabling twice changes nothing");
        account.enable();
        assertEquals(epoch + 1, account.getSessionEpoch(), "enabling ends no session");

        account.resetPassword(HASH + "x");
        assertTrue(account.isMustChangePassword());
        assertEquals(epoch + 2, account.getSessionEpoch());

        account.changePassword(HASH + "y");
        assertFalse(account.isMustChangePassword());
        assertEquals(epoch + 3, account.getSessionEpoch());

        account.assignRoles(List.of(Role.STAFF));
        assertEquals(epoch + 3, account.getSessionEpoch(), "the same roles are no change");
        account.assignRoles(List.of(Role.ADMIN));
        assertEquals(epoch + 4, account.getSessionEpoch());
        assertEquals(Set.of(Role.ADMIN), account.getRoles());
    }

    @Test
    void beanValidationAgreesWithTheGuards() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertTrue(validator.validate(staff()).isEmpty());
        assertTrue(Account.isValidUsername("a-b_c.9"));
        assertFalse(Account.isValidUsername(".leading-dot"));
        assertFalse(Account.isValidUsername("x".repeat(Account.USERNAME_MAX + 1)));
    }
}
