package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Requests the portal refuses before anything runs, each with the portal's own error page:
 * <ul>
 * <li>a session id in the address ({@code ;jsessionid=}): sessions come from the cookie only, as web.xml's
 *     tracking mode says (Payara still reads the path parameter; a link or a log line carrying an id must not
 *     sign anyone in). 400. {@link PortalAuthentication} ignores such a session too, so no caller is known;</li>
 * <li>a Faces postback (a view state) that does not come by POST: Faces would run a form's action on a GET, so a
 *     link or an image could save or sign out. 405;</li>
 * <li>TRACE, which would echo the request (its cookies among them) back. 405.</li>
 * </ul>
 */
public class RefusedRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final List<String> VIEW_STATE_PARAMETERS = List.of("jakarta.faces.ViewState", "javax.faces.ViewState");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (hasSessionIdInAddress(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if ("TRACE".equals(request.getMethod()) || isPostbackNotByPost(request)) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasSessionIdInAddress(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid");
    }

    private static boolean isPostbackNotByPost(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            return false;
        }
        return VIEW_STATE_PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null);
    }
}
