package org.eurasiadiplomacy.portal.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.eurasiadiplomacy.portal.web.config.PublicAddress;

/**
 * Successful answers and how they are cached: a strong ETag (the SHA-256 of the exact body, so it changes
 * exactly when the data shown changes), five minutes of public caching, and 304 Not Modified when the
 * reader's copy is current.
 */
final class Answers {

    static final String CACHE_CONTROL = "public, max-age=300";

    private Answers() {
    }

    /** 200 with the body, or 304 without it if {@code If-None-Match} names the body's tag. */
    static Response.ResponseBuilder cacheable(Request request, byte[] body, Format format) {
        EntityTag tag = new EntityTag(sha256(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(body, format.contentType()).tag(tag);
        return answer.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The total in {@code X-Total-Count}, and links to the neighbouring pages (RFC 8288). */
    static Response.ResponseBuilder paged(Response.ResponseBuilder answer, UriInfo uri, long total, int offset,
            int limit) {
        answer.header("X-Total-Count", total);
        if (limit == 0) {
            return answer;
        }
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, limit, "first"));
        if (offset > 0) {
            links.add(link(uri, Math.max(0, offset - limit), limit, "prev"));
        }
        if (offset + limit < total) {
            links.add(link(uri, offset + limit, limit, "next"));
        }
        links.add(link(uri, total == 0 ? 0 : (int) ((total - 1) / limit * limit), limit, "last"));
        return answer.header("Link", String.join(", ", links));
    }

    /** Under the public base URL when configured, else relative: never the Host header the client sent. */
    private static String link(UriInfo uri, int offset, int limit, String relation) {
        URI page = uri.getRequestUriBuilder().replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit).build();
        return "<" + PublicAddress.absolute(page.getRawPath() + "?" + page.getRawQuery()) + ">; rel=\"" + relation + "\"";
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
