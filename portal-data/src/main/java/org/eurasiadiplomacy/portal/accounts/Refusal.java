package org.eurasiadiplomacy.portal.accounts;

/** Why an account change was refused; the web layer shows each in the user's language. */
public enum Refusal {
    /** The new password breaks the policy; the problems say which rules. */
    PASSWORD_POLICY,
    /** The current password given to change it was wrong. */
    WRONG_PASSWORD,
    /** The new password is the one in use. */
    SAME_PASSWORD,
    USERNAME_INVALID,
    USERNAME_TAKEN,
    NO_ROLE,
    /** Someone changed the account since it was shown (optimistic locking). */
    STALE,
    NOT_FOUND,
    /** Administrators cannot disable, demote or reset themselves here; they use their own password page. */
    SELF,
    /** The change would leave no enabled administrator. */
    LAST_ADMIN
}
