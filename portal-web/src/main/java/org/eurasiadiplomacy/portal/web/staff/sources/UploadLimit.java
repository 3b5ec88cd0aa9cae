package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Multipart bodies above the Faces servlet's max-request-size (web.xml) are answered here, before the container
 * parses them: the container's refusal is an exception in the middle of Faces, a 500 and a stack trace in the
 * log. The source import page answers 413 with itself and its "too large" message; any other page answers a
 * bare 413. One log line each. The body is read and dropped up to {@link #DRAINED_AT_MOST}, so the client gets
 * the answer rather than a reset connection; a body without a declared length is refused the same way.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadLimit.class.getName());

    /** The Faces servlet's multipart-config max-request-size in web.xml: 2.5 MiB. */
    public static final long MAX_REQUEST_BYTES = 2_621_440;
    static final long DRAINED_AT_MOST = 16L * 1024 * 1024;
    static final String IMPORT_PAGE = "/staff/source-import.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long length = request.getContentLengthLong();
        if (!multipart || (length >= 0 && length <= MAX_REQUEST_BYTES)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a multipart body of " + (length < 0 ? "undeclared length" : length + " bytes")
                + " to " + request.getServletPath() + " (at most " + MAX_REQUEST_BYTES + ")");
        drain(request.getInputStream());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        if (IMPORT_PAGE.equals(request.getServletPath())) {
            request.setAttribute(SourceImportPage.TOO_LARGE, Boolean.TRUE);
            request.getRequestDispatcher(IMPORT_PAGE).forward(new BodilessGet(request), response);
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static void drain(ServletInputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < DRAINED_AT_MOST && (n = body.read(buffer)) >= 0) {
            read += n;
        }
    }

    /** The refused request as a plain GET of the page, so Faces renders it afresh and reads no body. */
    private static final class BodilessGet extends HttpServletRequestWrapper {

        BodilessGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
