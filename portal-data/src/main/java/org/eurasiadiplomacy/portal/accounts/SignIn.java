package org.eurasiadiplomacy.portal.accounts;

import java.util.Set;

/** A successful password check: who signed in, the role names they act in, and what the session must know. */
public record SignIn(String username, Set<String> groups, boolean mustChangePassword, int sessionEpoch) {

    public SignIn {
        groups = Set.copyOf(groups);
    }
}
