package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who a session is signed in as: the account's name, its groups and the session epoch it was signed in at,
 * kept as one serializable session attribute. {@link PortalAuthentication} restores the caller from it on
 * every request, on whichever instance of a cluster the request arrives (the container's own record of the
 * caller does not survive the move: its groups are lost). When the account's epoch moves on (disabled, new
 * password, new roles), {@link AccountGate} finds the session no longer current and ends it.
 */
public final class SignedInSession {

    static final String CALLER = SignedInSession.class.getName() + ".caller";

    /** The signed-in caller as the session keeps it. */
    record Caller(String name, Set<String> groups, int sessionEpoch) implements Serializable {

        Caller {
            groups = Set.copyOf(groups);
        }
    }

    private SignedInSession() {
    }

    /** Called when the password was checked. */
    static void remember(HttpServletRequest request, String name, Set<String> groups, int sessionEpoch) {
        request.getSession().setAttribute(CALLER, new Caller(name, groups, sessionEpoch));
    }

    /** After the holder changed their password: this session stays current at the account's new epoch. */
    public static void renew(HttpServletRequest request, int sessionEpoch) {
        caller(request.getSession(false)).ifPresent(caller -> request.getSession().setAttribute(CALLER,
                new Caller(caller.name(), caller.groups(), sessionEpoch)));
    }

    static Optional<Caller> caller(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable((Caller) session.getAttribute(CALLER));
    }

    static boolean isCurrent(HttpSession session, int accountEpoch) {
        return caller(session).map(caller -> caller.sessionEpoch() == accountEpoch).orElse(false);
    }

    /** Signs the caller out and ends the session; nothing of it survives. */
    public static void end(HttpServletRequest request) {
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // the session below is what matters
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
