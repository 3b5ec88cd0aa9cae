package org.eurasiadiplomacy.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eurasiadiplomacy.portal.health.DatabaseProbe;
import org.eurasiadiplomacy.portal.web.health.DatabaseReadiness;
import org.junit.jupiter.api.Test;

/**
 * The readiness check reports what the database probe finds; its UP path runs in ApiDescriptionIT against the
 * real database, its DOWN path here, where a failing database is easy to stage.
 */
class DatabaseReadinessTest {

    @Test
    void isDownAndSaysWhyWhenTheDatabaseFails() {
        DatabaseProbe failing = new DatabaseProbe() {
            @Override
            public long publishedRecords() {
                throw new IllegalStateException("query failed",
                        new java.sql.SQLException("Connection is closed"));
            }
        };

        HealthCheckResponse response = new DatabaseReadiness(failing).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("database", response.getName());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("SQLException: Connection is closed", data.get("reason"));
    }

    @Test
    void isUpWithTheNumberOfPublishedRecords() {
        DatabaseProbe working = new DatabaseProbe() {
            @Override
            public long publishedRecords() {
                return 306;
            }
        };

        HealthCheckResponse response = new DatabaseReadiness(working).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().orElseThrow().containsValue(306L));
    }
}
