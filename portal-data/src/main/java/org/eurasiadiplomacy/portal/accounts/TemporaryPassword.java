package org.eurasiadiplomacy.portal.accounts;

/** A password the portal made up for {@code username}, shown once to the administrator; it must be changed at sign-in. */
public record TemporaryPassword(String username, String password) {

    @Override
    public String toString() {
        return "TemporaryPassword[" + username + "]";
    }
}
