package org.eurasiadiplomacy.portal.web.securitylog;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eurasiadiplomacy.portal.securitylog.RequestOrigin;

/**
 * Tells the security log the client address of the requests that can change accounts: administration and
 * one's own password. Public pages do not pass here.
 */
@WebFilter(urlPatterns = {"/admin/*", "/staff/*"})
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
