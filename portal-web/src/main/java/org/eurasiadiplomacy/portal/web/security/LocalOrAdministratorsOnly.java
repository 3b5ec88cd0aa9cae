package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eurasiadiplomacy.portal.accounts.Role;

/**
 * Payara's MicroProfile Metrics ({@code /metrics}: the JVM, the connection pool, request counts) for the local
 * machine (a monitoring agent on the host) and signed-in administrators only. Anyone else gets the portal's
 * 404, as if there were nothing. Behind a reverse proxy on the same host every request comes from the local
 * machine: the proxy must not pass {@code /metrics} on (docs/operations.md).
 */
public class LocalOrAdministratorsOnly extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isLocal(request.getRemoteAddr()) || request.isUserInRole(Role.ADMIN.name())) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean isLocal(String address) {
        try {
            // a literal address, as the container reports it: no name lookup happens
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
