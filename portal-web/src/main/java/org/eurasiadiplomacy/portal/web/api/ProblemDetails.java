package org.eurasiadiplomacy.portal.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eurasiadiplomacy.portal.web.config.PublicAddress;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). Each type is a section of the
 * API page that explains it. Errors are never cached.
 */
final class ProblemDetails {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {
    }

    static Response of(UriInfo uri, Response.Status status, String type, String detail) {
        String body = Json.createObjectBuilder()
                // the public base URL when configured, else relative: never the Host header the client sent
                .add("type", PublicAddress.absolute("/api.xhtml#problem-" + type))
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .add("instance", instance(uri))
                .build()
                .toString();
        return Response.status(status)
                .type(MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body)
                .build();
    }

    /** The path and query the reader asked for, as a relative reference. */
    private static String instance(UriInfo uri) {
        URI request = uri.getRequestUri();
        return request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    }
}
