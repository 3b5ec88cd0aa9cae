package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eurasiadiplomacy.portal.web.config.PublicAddress;

/**
 * Redirects of the portal (Faces, the filters) lead under the configured public base URL, or stay relative
 * when none is configured ({@code relativeRedirectAllowed} in glassfish-web.xml keeps the container from making
 * them absolute with the request's Host header, which the client chooses).
 */
public class PublicRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Wrapper(response));
    }

    /** {@code location} as the Location header should carry it. */
    static String location(String location) {
        boolean pathAbsolute = location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\");
        return pathAbsolute ? PublicAddress.absolute(location) : location;
    }

    private static final class Wrapper extends HttpServletResponseWrapper {

        Wrapper(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(location(location));
        }
    }
}
