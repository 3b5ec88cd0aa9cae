package org.eurasiadiplomacy.portal.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * view's state is kept in that session too. So do pages that hold state (issue 14): a duplicate warning of the
 * source editor and the accounts page, both opened on A, carry on on B, and neither instance's log holds a
 * serialization warning or a session id. Runs in the Test command on its PostgreSQL.
 */
class ClusterFailoverIT {

    private static final long EDITED_SOURCE = 2035;
    /** The address of the article's first source: a new source with it gets the duplicate warning. */
    private static final String ARTICLE_SOURCE_URL = "https://www.foreignaffairs.com/articles/central-asia/2012-08-07/"
            + "new-great-game-central-asia/";

    private final Path work = Path.of("target", "cluster", Long.toString(System.currentTimeMillis()));

    @Test
    void signedInSessionsAndTheirPageStateMoveToTheOtherInstanceWhenTheirsStops() throws Exception {
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
            // page state that lives in the session (issue 14): a duplicate warning open, the accounts page
            WebPage warned = staff.submitFilled(staff.get("/staff/source.xhtml?lang=en"), "source",
                    Map.of("source:type", "JOURNAL_ARTICLE", "source:title", "A duplicate opened on A " + suffix(),
                            "source:language", "en", "source:container", "Journal of Eurasian Studies",
                            "source:url", ARTICLE_SOURCE_URL, "source:save", "save"));
            assertTrue(warned.body().contains("id=\"duplicates\""), "the duplicate warning is open on A: " + warned);
            WebClient admin = new WebClient(nginx.base());
            String administrator = TestAccounts.insert(TestAccounts.uniqueName("cluster-admin"), TestAccounts.PASSWORD,
                    true, "ADMIN", "STAFF");
            assertTrue(admin.signIn(administrator, TestAccounts.PASSWORD).redirectsTo("/admin/"), "through A");
            WebPage accounts = TestAccounts.accountsPage(admin);
            List<String> sessionIds = List.of(staff.sessionId().orElseThrow(), admin.sessionId().orElseThrow());
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

            WebPage savedAnyway = staff.submit(warned, "anyway", Map.of("anyway:save-anyway", "save"));
            assertTrue(savedAnyway.redirectsTo("/staff/source.xhtml?id="), "B saves from the duplicate warning"
                    + " opened on A: its page state moved with the session, " + savedAnyway);
            WebPage created = admin.submit(accounts, "create", Map.of("create:username",
                    TestAccounts.uniqueName("made-on-b"), "create:roles", "STAFF", "create:create-account", "create"));
            assertEquals(200, created.status(), created.toString());
            TestAccounts.issuedPassword(created);

            for (PortalProcess instance : List.of(a, b)) {
                String log = Files.readString(instance.log());
                for (String needle : concat(List.of("Cannot serialize", "not serializable", "NotSerializable"),
                        sessionIds)) {
                    assertFalse(log.contains(needle), instance.log() + " holds \"" + needle + "\"");
                }
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
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
