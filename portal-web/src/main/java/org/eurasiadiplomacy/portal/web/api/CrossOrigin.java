package org.eurasiadiplomacy.portal.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * The read-only API answers browser scripts of any site (notebooks, newsrooms): GET, HEAD and OPTIONS from any
 * origin, without credentials, so no cookie of a signed-in user ever goes with such a request. The headers that
 * a script may read are named, because the paging and caching headers are not on CORS's short safe list.
 */
@Provider
public class CrossOrigin implements ContainerResponseFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String EXPOSED_HEADERS = "ETag, Link, X-Total-Count, Content-Disposition, Last-Modified";
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** How long a browser may keep the answer to a preflight, in seconds. */
    private static final String PREFLIGHT_SECONDS = "86400";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", ALLOWED_METHODS);
            // a script may ask for CSV or JSON, and send the ETag it has
            headers.putSingle("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
            headers.putSingle("Access-Control-Max-Age", PREFLIGHT_SECONDS);
        }
    }
}
