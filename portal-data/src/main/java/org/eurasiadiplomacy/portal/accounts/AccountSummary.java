package org.eurasiadiplomacy.portal.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One row of the administrators' account list; the version goes back with every change (optimistic locking). */
public record AccountSummary(long id, long version, String username, Set<Role> roles, boolean enabled,
                             boolean mustChangePassword, Instant createdAt) implements Serializable {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    static AccountSummary of(Account account) {
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(), account.getRoles(),
                account.isEnabled(), account.isMustChangePassword(), account.getCreatedAt());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
