package org.eurasiadiplomacy.portal.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.eurasiadiplomacy.portal.web.testing.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's cluster: two portal instances on this machine share the tests' PostgreSQL and form one cluster
 * through Payara's data grid, behind nginx. A staff member signs in and saves an edit through instance A; the
 * edit shows at once on B; A stops; the staff member's next request reaches B and is still signed in, because
 * the web session (distributable) lives in the data grid, and even a form opened on A is saved by B, since the
 * view's state is kept in that session too. Runs in the Test command on its PostgreSQL.
 */
class ClusterFailoverIT {

    private static final long EDITED_SOURCE = 2035;

    private final Path work = Path.of("target", "cluster", Long.toString(System.currentTimeMillis()));

    @Test
    void aStaffMemberStaysSignedInWhenTheirInstanceStopsAndAnEditShowsAtOnceOnTheOther() throws Exception {
        String url = ItDatabase.setting("url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("ClusterFailoverIT needs a database two servers share: run it on the"
                    + " tests' PostgreSQL through scripts/test.sh (it is " + url + ")");
        }
        String cluster = "portal-it-" + UUID.randomUUID().toString().substring(0, 8);
        int gridA = PortalProcess.freePort();
        int gridB = PortalProcess.freePort();
        try (PortalProcess a = PortalProcess.startInCluster(cluster, gridA, gridA, url, ItDatabase.setting("user"),
                ItDatabase.setting("password"), TestAccounts.ADMIN_PASSWORD, work.resolve("a.log"));
             PortalProcess b = PortalProcess.startInCluster(cluster, gridA, gridB, url, ItDatabase.setting("user"),
                ItDatabase.setting("password"), TestAccounts.ADMIN_PASSWORD, work.resolve("b.log"));
             Nginx nginx = Nginx.inFrontOf(a.port(), b.port(), work.resolve("nginx"))) {
            awaitClusterOfTwo(b.log());
            String name = TestAccounts.staff("cluster");
            WebClient staff = new WebClient(nginx.base());
            assertTrue(staff.signIn(name, TestAccounts.PASSWORD).redirectsTo("/staff/"), "signed in through A");

            WebPage editor = staff.get("/staff/source.xhtml?id=" + EDITED_SOURCE);
            assertEquals(200, editor.status(), editor.toString());
            String title = "Saved through instance A " + UUID.randomUUID().toString().substring(0, 8);
            WebPage saved = staff.submitFilled(editor, "source", Map.of("source:title", title, "source:save", "save"));
            assertTrue(saved.redirectsTo("/staff/source.xhtml"), "saved: " + saved + " " + saved.messages());
            assertTrue(Http.get(b.base(), "/source.xhtml?lang=en&id=" + EDITED_SOURCE).body().contains(title),
                    "the edit shows at once on B, asked directly: no instance holds a stale copy");

            WebPage openOnA = staff.get("/staff/source.xhtml?id=" + EDITED_SOURCE);
            a.close();
            WebPage afterFailover = staff.get("/staff/sources.xhtml");
            assertEquals(200, afterFailover.status(), "B answers, and the staff member is still signed in: "
                    + afterFailover);
            assertTrue(afterFailover.body().contains(name), "the account menu names the staff member");
            assertTrue(afterFailover.body().contains(title), "and B lists the edit");
            WebPage again = staff.get("/staff/source.xhtml?id=" + EDITED_SOURCE);
            assertEquals(200, again.status(), "staff pages go on working on B");

            WebPage postedToB = staff.submitFilled(openOnA, "source",
                    Map.of("source:title", title + " (B)", "source:save", "save"));
            assertTrue(postedToB.redirectsTo("/staff/source.xhtml?id=" + EDITED_SOURCE + "&saved=true"),
                    "a form opened on A and sent after A stopped is saved by B: its view lives in the session, "
                    + postedToB);
            assertTrue(Http.get(b.base(), "/source.xhtml?lang=en&id=" + EDITED_SOURCE).body().contains(title + " (B)"));
        }
    }

    /** Waits until B's log reports a data grid of two members, A and itself ("Payara Data Grid State: … DG Size: 2"). */
    private static void awaitClusterOfTwo(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log).contains("DG Size: 2")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the two instances did not form one cluster within 2 minutes; see " + log);
    }
}
