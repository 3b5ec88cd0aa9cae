package org.eurasiadiplomacy.portal.accounts;

/** Why {@link PasswordPolicy} refuses a password; the web layer shows each in the user's language. */
public enum PasswordProblem {
    MISSING,
    TOO_SHORT,
    TOO_LONG,
    SAME_AS_USERNAME
}
