package org.eurasiadiplomacy.portal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eurasiadiplomacy.portal.health.DatabaseProbe;

/**
 * Ready when the database answers a real query through the persistence unit (served at /health and
 * /health/ready). When it does not, the check is DOWN and says why.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    private DatabaseProbe probe;

    protected DatabaseReadiness() {
    }

    @Inject
    public DatabaseReadiness(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long published = probe.publishedRecords();
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP,
                    Optional.of(Map.of("publishedRecords", published)));
        } catch (RuntimeException e) {
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("reason", reason(e))));
        }
    }

    /** The deepest cause, which names what failed (a closed pool, a missing table …). */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
