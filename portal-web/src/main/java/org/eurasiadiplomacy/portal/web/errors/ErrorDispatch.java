package org.eurasiadiplomacy.portal.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Shows an error page to Faces as a fresh GET of that page. Without this, the error page of a failed
 * postback (an expired or forged view state) would see the form's fields and view state again and try to
 * restore the view that just failed, and fail itself, leaving the container's own error report. Only the
 * query string's parameters (such as {@code lang}) remain visible. Mapped for ERROR dispatches only.
 */
public class ErrorDispatch extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> VIEW_STATE = Set.of("jakarta.faces.ViewState", "javax.faces.ViewState");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshGet(request), response);
    }

    private static final class FreshGet extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        FreshGet(HttpServletRequest request) {
            super(request);
            parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        private static Map<String, String[]> parse(String query) {
            Map<String, String[]> parsed = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parsed;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (VIEW_STATE.contains(name)) {
                    // a view state in the address (a refused GET postback) would make the error page a postback
                    continue;
                }
                parsed.merge(name, new String[] {value}, (a, b) -> {
                    String[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            }
            return parsed;
        }
    }
}
