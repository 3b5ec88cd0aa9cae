package org.eurasiadiplomacy.portal.web.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.health.DatabaseOutage;
import org.eurasiadiplomacy.portal.web.errors.FriendlyExceptions;

/** Every error of the API as problem details: what the reader can fix (4xx), and our own failures (5xx). */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof InvalidQueryException invalid) {
            return ProblemDetails.of(uri, Response.Status.BAD_REQUEST, "invalid-parameter",
                    "Parameter " + invalid.getParameter() + ": " + invalid.getMessage());
        }
        if (exception instanceof NoSuchRecord missing) {
            return ProblemDetails.of(uri, Response.Status.NOT_FOUND, "not-found", missing.getMessage());
        }
        if (exception instanceof NotAllowedException) {
            Response problem = ProblemDetails.of(uri, Response.Status.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "The API is read-only: it answers GET, HEAD and OPTIONS only.");
            return Response.fromResponse(problem).header("Allow", "GET, HEAD, OPTIONS").build();
        }
        if (exception instanceof NotFoundException) {
            return ProblemDetails.of(uri, Response.Status.NOT_FOUND, "not-found",
                    "The API has nothing at " + uri.getRequestUri().getRawPath()
                            + "; its collections are listed at /openapi.");
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            return ProblemDetails.of(uri, status == null ? Response.Status.BAD_REQUEST : status, "client-error",
                    exception.getMessage());
        }
        if (DatabaseOutage.explains(exception)) {
            // one line, no stack trace: an outage is an expected condition, and its cause is the pool's own warning
            LOG.warning(() -> "The database is unreachable: " + loggedPath(uri) + " ("
                    + exception.getClass().getSimpleName() + ")");
            Response problem = ProblemDetails.of(uri, Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                    "The database cannot be reached at the moment; please try again shortly.");
            return Response.fromResponse(problem).header("Retry-After", FriendlyExceptions.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.log(Level.SEVERE, "The API failed on " + loggedPath(uri), exception);
        return ProblemDetails.of(uri, Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "The server failed to answer; the failure is logged.");
    }

    /**
     * The request's path as a log line may show it: no query and no path parameters, so a session id sent as
     * {@code ;jsessionid=} (or anything else a client puts there) never reaches the log.
     */
    static String loggedPath(UriInfo uri) {
        return uri.getRequestUri().getRawPath().replaceAll(";[^/]*", "");
    }
}
