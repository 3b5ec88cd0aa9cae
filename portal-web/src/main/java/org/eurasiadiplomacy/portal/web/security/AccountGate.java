package org.eurasiadiplomacy.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.eurasiadiplomacy.portal.accounts.Accounts;
import org.eurasiadiplomacy.portal.accounts.Standing;

/**
 * Every request of a signed-in person asks the database for the account's standing (one small query):
 * <ul>
 * <li>a disabled or deleted account, or a session signed in before the account's epoch moved on (disabled,
 *     password reset or changed elsewhere, new roles), is signed out and its session ended at once;</li>
 * <li>an account that must change its password reaches nothing but the password page (and static resources)
 *     until it has.</li>
 * </ul>
 * The standing lives in the database, so this works the same on every instance of a cluster.
 */
public class AccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Standing> standing = accounts.standing(caller.getName());
        if (standing.isEmpty() || !standing.get().enabled()
                || !SignedInSession.isCurrent(request.getSession(false), standing.get().sessionEpoch())) {
            SignedInSession.end(request);
            redirect(request, response, PortalAuthentication.LOGIN_PAGE + "?ended=true");
            return;
        }
        if (standing.get().mustChangePassword()
                && !request.getServletPath().equals(PortalAuthentication.PASSWORD_PAGE)) {
            redirect(request, response, PortalAuthentication.PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Faces Ajax request is told in its own format, which the page's script follows; others get a 302. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String location = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }
}
