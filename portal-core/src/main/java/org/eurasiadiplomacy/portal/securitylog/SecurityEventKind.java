package org.eurasiadiplomacy.portal.securitylog;

/** What a security log entry records. Stored by name. */
public enum SecurityEventKind {
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** Tries the login throttle refused before checking the password; one entry counts a minute's worth. */
    SIGN_IN_THROTTLED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    ROLES_CHANGED,
    /** The holder chose a new password. */
    PASSWORD_CHANGED
}
