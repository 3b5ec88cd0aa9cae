package org.eurasiadiplomacy.portal.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running portal and comes back (PostgreSQL, stopped and started by the script
 * scripts/test.sh hands over as {@code portal.it.pg.control}): meanwhile pages and the API say "unavailable,
 * try again" without a trace of the failure, and afterwards the portal answers again without a restart.
 */
class DatabaseOutageIT extends DeployedPortal {

    private static final List<String> PAGES = List.of("/meetings.xhtml?lang=en", "/country.xhtml?id=1002&lang=zh-TW",
            "/oda.xhtml?lang=en", "/?lang=zh-TW");

    @Test
    void whileTheDatabaseIsAwayPagesSayUnavailableAndThePortalRecoversByItself() throws Exception {
        for (String path : PAGES) {
            assertEquals(200, Http.get(base, path).statusCode(), path + " before the outage");
        }
        database("stop");
        try {
            for (String path : PAGES) {
                HttpResponse<String> page = Http.get(base, path);
                assertEquals(503, page.statusCode(), path);
                assertEquals("30", page.headers().firstValue("Retry-After").orElse(""), path);
                assertTrue(page.body().contains("id=\"error-503\""), path + " shows the portal's page: " + page.body());
                assertFalse(page.body().contains("Exception") || page.body().contains("at org."),
                        path + " shows no trace of the failure");
            }
            assertTrue(Http.get(base, "/meetings.xhtml?lang=zh-TW").body().contains("入口網站目前無法連線到資料庫"),
                    "in the reader's language");
            HttpResponse<String> api = Http.get(base, "/api/v1/countries", "Accept", "application/json");
            assertEquals(503, api.statusCode());
            assertTrue(api.body().contains("database-unavailable"), api.body());
            assertEquals(503, Http.get(base, "/health/ready").statusCode(), "not ready: a balancer sends no one");
        } finally {
            database("start");
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = Http.get(base, PAGES.get(0)).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "the portal answers again by itself once the database is back");
        for (String path : PAGES) {
            assertEquals(200, Http.get(base, path).statusCode(), path + " after the outage");
        }
        assertEquals(200, Http.get(base, "/api/v1/countries", "Accept", "application/json").statusCode());
    }

    /** Stops or starts the tests' PostgreSQL through the script the Test command wrote for this. */
    private static void database(String action) throws IOException, InterruptedException {
        String control = System.getProperty("portal.it.pg.control", "");
        if (control.isBlank()) {
            throw new IllegalStateException("DatabaseOutageIT runs on the tests' PostgreSQL only: run it through"
                    + " scripts/test.sh, which passes -Dportal.test.pg.control=<script that stops and starts it>");
        }
        Process process = new ProcessBuilder("bash", control, action).inheritIO().start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Could not " + action + " PostgreSQL with " + control);
        }
    }
}
