package org.eurasiadiplomacy.portal.web.sessions;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Added to the WAR by {@link LongSessionIT} only: tells how many views the caller's session keeps view-scope
 * state for, as "viewMaps contexts" (Mojarra's two session maps), or 404 without a session.
 */
@WebServlet("/it-probe/view-scope")
public class ViewScopeProbe extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(size(session.getAttribute(ViewScopeHousekeeping.ACTIVE_VIEW_MAPS)) + " "
                + size(session.getAttribute(ViewScopeHousekeeping.ACTIVE_VIEW_CONTEXTS)));
    }

    private static int size(Object map) {
        return map instanceof Map<?, ?> entries ? entries.size() : -1;
    }
}
