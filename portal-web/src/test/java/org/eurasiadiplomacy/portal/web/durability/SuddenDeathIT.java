package org.eurasiadiplomacy.portal.web.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.FreshItDatabase;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.eurasiadiplomacy.portal.web.testing.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * Sudden death (issue 9): a client saves edits one by one through the running portal's HTTP interface and
 * records each save the portal acknowledged; the portal is killed with SIGKILL at a random moment and started
 * again on the same database, several times. Passes when the database always opens and every acknowledged
 * save is there.
 *
 * <p>The only write the portal offers over HTTP is account administration, so an edit is "an administrator
 * creates an account" (/admin/accounts.xhtml); the page shows the new account's temporary password only
 * after the transaction committed, and that answer is the acknowledgement.
 *
 * <p>Runs on the database of the build: an H2 file with the portal's own URL settings, or PostgreSQL in the
 * postgresql profile. {@code -Dportal.durability.cycles} sets how many kills (default 3);
 * {@code -Dportal.durability.h2.options} replaces the H2 URL's settings, to try others.
 */
class SuddenDeathIT {

    /** The H2 settings of scripts/run.sh and microprofile-config.properties; the test proves they are enough. */
    static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private static final int CYCLES = Integer.getInteger("portal.durability.cycles", 3);
    private static final String PREFIX = "durable-";

    private final Path work = Path.of("target", "sudden-death");
    private final long seed = Long.getLong("portal.durability.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void everyAcknowledgedSaveSurvivesKillMinusNine() throws Exception {
        Database db = database();
        List<String> acknowledged = new ArrayList<>();
        Set<String> attempted = new HashSet<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Client client;
            int status;
            try (PortalProcess portal = PortalProcess.start(db.url(), db.user(), db.password(),
                    TestAccounts.ADMIN_PASSWORD, work.resolve(db.name() + "-" + cycle + ".log"))) {
                client = new Client(portal, cycle);
                client.start();
                client.awaitFirstSave();
                // a random moment: anywhere in the next few saves, also in the middle of one
                Thread.sleep(200 + random.nextInt(3000));
                status = portal.killHard();
                client.join(60_000);
            }
            assertEquals(137, status, "killed by SIGKILL (128 + 9)");
            assertFalse(client.isAlive(), "the client noticed the portal's death");
            assertTrue(client.unexpected.isEmpty(), "answers other than acknowledgements: " + client.unexpected);
            acknowledged.addAll(client.acknowledged);
            attempted.addAll(client.attempted);

            Set<String> stored = db.storedAccounts();
            List<String> lost = acknowledged.stream().filter(name -> !stored.contains(name)).toList();
            assertEquals(List.of(), lost, "acknowledged saves lost after kill " + cycle + " on " + db.name()
                    + " (seed " + seed + ")");
            assertTrue(attempted.containsAll(stored), "only accounts the client saved are there");
            System.out.printf("sudden death on %s, kill %d: %d saves acknowledged so far, all stored;"
                    + " %d unacknowledged in-flight saves were committed too%n", db.name(), cycle,
                    acknowledged.size(), stored.size() - acknowledged.size());
        }
        // after the last kill the portal starts and serves again on the same database
        try (PortalProcess portal = PortalProcess.start(db.url(), db.user(), db.password(),
                TestAccounts.ADMIN_PASSWORD, work.resolve(db.name() + "-final.log"))) {
            WebClient admin = new WebClient(portal.base());
            admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            WebPage accounts = TestAccounts.accountsPage(admin);
            for (String name : acknowledged) {
                assertTrue(accounts.body().contains(">" + name + "<"), name + " is listed after the restart");
            }
        }
        assertTrue(acknowledged.size() >= CYCLES, "at least one acknowledged save per kill");
    }

    /** Saves accounts one after another until the portal dies; keeps the names the portal acknowledged. */
    private static final class Client extends Thread {

        final List<String> attempted = new CopyOnWriteArrayList<>();
        final List<String> acknowledged = new CopyOnWriteArrayList<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        private final WebClient admin;
        private final int cycle;

        Client(PortalProcess portal, int cycle) {
            super("durability-client-" + cycle);
            this.admin = new WebClient(portal.base());
            this.cycle = cycle;
        }

        @Override
        public void run() {
            try {
                admin.signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
                for (int i = 1; ; i++) {
                    String name = PREFIX + cycle + "-" + i;
                    attempted.add(name);
                    WebPage answer = admin.submit(TestAccounts.accountsPage(admin), "create", Map.of(
                            "create:username", name, "create:roles", "STAFF", "create:create-account", "x"));
                    if (answer.status() == 200 && answer.textOf("issued-password").isPresent()) {
                        acknowledged.add(name);
                    } else {
                        unexpected.add(name + ": " + answer);
                    }
                }
            } catch (UncheckedIOException portalGone) {
                // the connection broke: the portal was killed
            } catch (AssertionError wrongPage) {
                unexpected.add(wrongPage.getMessage());
            }
        }

        void awaitFirstSave() throws InterruptedException {
            while (acknowledged.isEmpty()) {
                if (!isAlive()) {
                    throw new AssertionError("the client stopped before its first save: " + unexpected);
                }
                Thread.sleep(50);
            }
        }
    }

    private Database database() {
        String url = System.getProperty("portal.it.db.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            String own = url.substring(0, url.lastIndexOf('/') + 1) + "portal_sudden_death";
            FreshItDatabase.recreate(own, ItDatabase.setting("user"), ItDatabase.setting("password"));
            return new Database("postgresql", own, ItDatabase.setting("user"), ItDatabase.setting("password"));
        }
        String file = work.resolve("h2-" + System.currentTimeMillis()).resolve("portal").toAbsolutePath().toString();
        String options = System.getProperty("portal.durability.h2.options", H2_OPTIONS);
        return new Database("h2", "jdbc:h2:file:" + file + options, "portal", "portal");
    }

    private record Database(String name, String url, String user, String password) {

        /** Opens the database as the next start will, while the portal is dead: it must open cleanly. */
        Set<String> storedAccounts() throws SQLException {
            Set<String> names = new HashSet<>();
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery(
                         "select username from account where username like '" + PREFIX + "%'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
