package org.eurasiadiplomacy.portal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of OWASP ASVS 5.0 (6.2): at least 12 characters, any characters (spaces and emoji
 * included, no composition rules), at least 64 allowed, and not the user name. The upper bound keeps one
 * PBKDF2 run per sign-in cheap enough that long inputs cannot be used to load the server.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Every rule {@code password} breaks for {@code username}; empty when it is acceptable. */
    public static List<PasswordProblem> check(String username, String password) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(PasswordProblem.MISSING);
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.SAME_AS_USERNAME);
        }
        return problems;
    }
}
