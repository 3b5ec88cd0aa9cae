package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;

/**
 * What a signed-in session remembers about its account: the session epoch it was signed in at. When the
 * account's epoch moves on (disabled, new password, new roles), the session is no longer current.
 */
public final class SignedInSession {

    static final String EPOCH = SignedInSession.class.getName() + ".epoch";

    private SignedInSession() {
    }

    /** Called when the password was checked, and after the holder changed it. */
    public static void remember(HttpServletRequest request, int sessionEpoch) {
        request.getSession().setAttribute(EPOCH, sessionEpoch);
    }

    static boolean isCurrent(HttpSession session, int accountEpoch) {
        return session != null && Objects.equals(session.getAttribute(EPOCH), accountEpoch);
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
