package org.eurasiadiplomacy.portal.accounts;

/** What each signed-in request checks: is the account still enabled, is its session current, must it change its password. */
public record Standing(boolean enabled, boolean mustChangePassword, int sessionEpoch) {
}
