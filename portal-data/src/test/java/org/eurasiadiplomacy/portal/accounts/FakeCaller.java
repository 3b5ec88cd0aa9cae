package org.eurasiadiplomacy.portal.accounts;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;

/** The caller as Jakarta Security would report it, settable by a test: nobody, staff or an administrator. */
public final class FakeCaller implements SecurityContext {

    /** The caller signed in last, as Jakarta Security reports it to the code that looks it up (SignedInCdi). */
    private static volatile FakeCaller current = new FakeCaller();

    private String name;
    private Set<String> groups = Set.of();

    public void signIn(String username, Set<String> roleNames) {
        name = username;
        groups = Set.copyOf(roleNames);
        current = this;
    }

    public static FakeCaller current() {
        return current;
    }

    public void signOut() {
        name = null;
        groups = Set.of();
    }

    @Override
    public Principal getCallerPrincipal() {
        String current = name;
        return current == null ? null : () -> current;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
        return groups.contains(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
        return false;
    }

    @Override
    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                             AuthenticationParameters parameters) {
        throw new UnsupportedOperationException("not a web request");
    }
}
