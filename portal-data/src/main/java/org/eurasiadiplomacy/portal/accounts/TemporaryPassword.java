package org.eurasiadiplomacy.portal.accounts;

import java.io.Serializable;

/** A password the portal made up for {@code username}, shown once to the administrator; it must be changed at sign-in. */
public record TemporaryPassword(String username, String password) implements Serializable {

    @Override
    public String toString() {
        return "TemporaryPassword[" + username + "]";
    }
}
