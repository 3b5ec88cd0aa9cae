package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveCharactersOfAnyKind() {
        assertTrue(PasswordPolicy.check("mei.lin", "correct horse").isEmpty());
        assertTrue(PasswordPolicy.check("mei.lin", "歐亞外交資料庫的密碼十二字").isEmpty(), "Chinese counts by character");
    }

    @Test
    void namesEveryRuleItBreaks() {
        assertEquals(List.of(PasswordProblem.MISSING), PasswordPolicy.check("mei", ""));
        assertEquals(List.of(PasswordProblem.MISSING), PasswordPolicy.check("mei", null));
        assertEquals(List.of(PasswordProblem.TOO_SHORT), PasswordPolicy.check("mei", "elevenchars"));
        assertEquals(List.of(PasswordProblem.TOO_LONG), PasswordPolicy.check("mei", "x".repeat(129)));
        assertEquals(List.of(PasswordProblem.SAME_AS_USERNAME),
                PasswordPolicy.check("administrator", "Administrator"));
        assertEquals(List.of(PasswordProblem.TOO_SHORT, PasswordProblem.SAME_AS_USERNAME),
                PasswordPolicy.check("admin", "admin"));
    }

    @Test
    void oneTimePasswordsAreLongRandomAndPassThePolicy() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = OneTimePassword.generate(random);
            assertEquals(OneTimePassword.LENGTH, password.length());
            assertTrue(password.length() >= 20);
            assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]+"), password);
            assertTrue(PasswordPolicy.check("admin", password).isEmpty());
            seen.add(password);
        }
        assertEquals(200, seen.size(), "no repeats");
    }
}
