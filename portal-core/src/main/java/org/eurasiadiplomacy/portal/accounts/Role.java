package org.eurasiadiplomacy.portal.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** What an account may do beyond reading, which everyone may. The names are the web.xml role names. */
public enum Role {
    /** Think-tank staff: the pages under /staff/. */
    STAFF,
    /** Administrators: everything staff can, and the pages under /admin/ (accounts). */
    ADMIN;

    /** The roles a holder of this role acts in: an administrator is staff too. */
    public Set<Role> granted() {
        return this == ADMIN ? EnumSet.of(ADMIN, STAFF) : EnumSet.of(STAFF);
    }

    /** The security groups (role names) of an account holding {@code roles}, sorted. */
    public static Set<String> groupsOf(Collection<Role> roles) {
        Set<String> groups = new TreeSet<>();
        for (Role role : roles) {
            for (Role granted : role.granted()) {
                groups.add(granted.name());
            }
        }
        return groups;
    }
}
