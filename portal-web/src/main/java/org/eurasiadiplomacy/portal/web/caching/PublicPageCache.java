package org.eurasiadiplomacy.portal.web.caching;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.web.security.SecurityHeaders;

/**
 * Lets browsers and proxies keep the public pages: an anonymous reader's page gets an ETag over its content and
 * {@code Cache-Control: public, no-cache}, so a reload that changed nothing is answered with 304 and no body.
 * Every request is still checked against the data (no-cache), so an edit shows at once.
 * <p>
 * The page's script nonce differs on every response, so the ETag is taken over the page without it. A 304
 * carries no Content-Security-Policy: the browser keeps the policy stored with the body it reuses, whose
 * nonce matches that body's scripts. Mapped before the security headers, so it can hold that header back.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isCacheablePage(request)) {
            chain.doFilter(request, response);
            return;
        }
        PolicyHeld page = new PolicyHeld(response);
        chain.doFilter(request, page);
        if (page.getStatus() != HttpServletResponse.SC_OK || page.setsCookie || SecurityHeaders.isPrivate(request)) {
            page.release();
            return;
        }
        String etag = etag(page.body(), page.policy);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            // the security headers were set up front, the default policy among them: a 304 must carry none
            response.reset();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            validators(response, etag);
            return;
        }
        validators(response, etag);
        page.release();
    }

    private static void validators(HttpServletResponse response, String etag) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
    }

    private static boolean isCacheablePage(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getServletPath();
        return ("GET".equals(method) || "HEAD".equals(method))
                && (path.endsWith(".xhtml") || "/".equals(path))
                && !path.startsWith("/jakarta.faces.resource/")
                && !SecurityHeaders.isPrivate(request);
    }

    static String etag(byte[] body, String policy) {
        String page = new String(body, StandardCharsets.UTF_8);
        if (policy != null) {
            Matcher nonce = NONCE.matcher(policy);
            if (nonce.find()) {
                page = page.replace(nonce.group(1), "");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** The buffered page, with its Content-Security-Policy held back until the page is sent in full. */
    private static final class PolicyHeld extends BufferedResponse {

        private String policy;
        /** A response that sets a cookie (the language choice) is one reader's, never a shared cache's. */
        private boolean setsCookie;

        PolicyHeld(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                policy = value;
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                policy = value;
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        void release() throws IOException {
            if (policy != null) {
                ((HttpServletResponse) getResponse()).setHeader("Content-Security-Policy", policy);
            }
            if (body().length > 0) {
                sendBody();
            }
        }
    }
}
