package org.eurasiadiplomacy.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The protective headers of every response: pages, resources, the API, redirects and errors (web.xml maps
 * this filter first, for requests and error dispatches; the authentication mechanism sets them on the
 * redirects it sends before any filter runs). They are set before the response is produced, so they are there
 * whatever the status, 304 and 404 included.
 * <p>
 * The Content-Security-Policy is web.xml's {@code primefaces.CSP_POLICY}. On Faces pages PrimeFaces adds the
 * same policy with a per-response nonce for its scripts; the wrapper makes that header replace this one
 * instead of being a second policy, which the browser would enforce too (and which has no nonce).
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Override
    public void init() throws ServletException {
        String policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml must define " + POLICY_PARAMETER + ", the portal's one CSP");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers; also called by {@link PortalAuthentication} for the responses it sends before any filter. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, request.getServletContext().getInitParameter(POLICY_PARAMETER));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPrivate(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * Staff and admin pages, the login page, and any page a signed-in person sees (it names them): never
     * stored by the browser or a proxy. Static resources stay cacheable.
     */
    public static boolean isPrivate(HttpServletRequest request) {
        String path = request.getServletPath();
        if (path.startsWith("/jakarta.faces.resource/")) {
            return false;
        }
        return path.startsWith("/staff/") || path.startsWith("/admin/") || path.equals(PortalAuthentication.LOGIN_PAGE)
                || request.getUserPrincipal() != null;
    }

    /** A Content-Security-Policy set later (PrimeFaces' with its nonce) replaces the default instead of adding to it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
