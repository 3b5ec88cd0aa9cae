package org.eurasiadiplomacy.portal.web.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.eurasiadiplomacy.portal.web.testing.PortalWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What signed-in staff and administrators leave in their sessions, and in the server's log. After each flow the
 * whole session is serialized, attribute by attribute, as a cluster does when it moves the session to another
 * instance; and no line the server logged may contain "Cannot serialize" or any session id the test was given.
 * The history credits every change to the account that made it, and a save that changes nothing writes none.
 * The deployed WAR is the built one plus two probes: the session's serialization and the server's own log.
 */
@ExtendWith(ArquillianExtension.class)
class SignedInSessionsIT {

    /** The address of a source of the article: a new source with it is a likely duplicate. */
    private static final String ARTICLE_SOURCE_URL = "https://www.foreignaffairs.com/articles/central-asia/2012-08-07/"
            + "new-great-game-central-asia/";
    private static final long JAPAN = 1000L;
    private static final Pattern EDITOR = Pattern.compile("class=\"revision-meta\">\\s*by ([^,<]+),");

    @ArquillianResource
    private URL base;

    /** Every session id the portal gave this test's clients. */
    private final Set<String> sessionIds = new LinkedHashSet<>();

    @Deployment(testable = false)
    static WebArchive portalWithProbes() {
        return PortalWar.built().addClasses(SessionSerializationProbe.class, ServerLogProbe.class);
    }

    @Test
    void theSourceEditorWithADuplicateWarningOpenLeavesASerializableSession() {
        WebClient staff = signedIn(TestAccounts.staff("duplicate"));
        WebPage form = staff.get("/staff/source.xhtml?lang=en");

        WebPage warned = staff.submitFilled(form, "source", Map.of("source:type", "JOURNAL_ARTICLE",
                "source:title", "Another article at the same address", "source:language", "en",
                "source:container", "Journal of Eurasian Studies", "source:url", ARTICLE_SOURCE_URL, "source:save", "save"));

        assertEquals(200, warned.status(), warned.toString());
        assertTrue(warned.body().contains("id=\"duplicates\""), "the duplicate warning is open: " + warned.messages());
        assertSerializable(staff, "the source editor with a duplicate warning");
        assertNothingLoggedAbout(staff);
    }

    @Test
    void theConflictScreenLeavesASerializableSession() {
        WebClient first = signedIn(TestAccounts.staff("first"));
        WebClient second = signedIn(TestAccounts.staff("second"));
        long id = createSource(first, "A source two people edit " + suffix());
        WebPage firstForm = first.get("/staff/source.xhtml?id=" + id + "&lang=en");
        WebPage secondForm = second.get("/staff/source.xhtml?id=" + id + "&lang=en");
        assertTrue(first.submitFilled(firstForm, "source", Map.of("source:volume", "7",
                "source:save", "save")).redirectsTo("/staff/source.xhtml?id=" + id));

        WebPage conflict = second.submitFilled(secondForm, "source", Map.of("source:volume", "8",
                "source:save", "save"));

        assertEquals(200, conflict.status(), conflict.toString());
        assertTrue(conflict.hasForm("conflict-form"), "the conflict screen is open: " + conflict.messages());
        assertSerializable(second, "the conflict screen");
        assertSerializable(first, "the source editor after a save");
        assertNothingLoggedAbout(first, second);
    }

    @Test
    void theAccountsPageAndTheCurationPagesLeaveASerializableSession() {
        WebClient admin = signedIn(administrator("accounts"));
        WebPage accounts = TestAccounts.accountsPage(admin);
        assertSerializable(admin, "the accounts page");

        WebPage created = admin.submit(accounts, "create", Map.of("create:username", TestAccounts.uniqueName("new"),
                "create:roles", "STAFF", "create:create-account", "create"));
        assertEquals(200, created.status(), created.toString());
        TestAccounts.issuedPassword(created);
        assertSerializable(admin, "the accounts page showing a temporary password");

        assertEquals(200, admin.get("/admin/records.xhtml").status());
        assertEquals(200, admin.get("/admin/record.xhtml?id=" + JAPAN).status());
        assertEquals(200, admin.get("/admin/history.xhtml?id=" + JAPAN).status());
        assertEquals(200, admin.get("/admin/trash.xhtml").status());
        assertSerializable(admin, "the records, record, history and trash pages");
        assertNothingLoggedAbout(admin);
    }

    @Test
    void theImportPreviewLeavesASerializableSessionAndTheImportIsCreditedToItsAccount() {
        String importer = administrator("importer");
        WebClient admin = signedIn(importer);
        String title = "An imported article " + suffix();
        WebPage upload = admin.get("/staff/source-import.xhtml?lang=en");

        WebPage preview = admin.submitWithFile(upload, "upload", Map.of("upload:format", "BIBTEX",
                "upload:preview", "preview"), "upload:file", "import.bib",
                "@article{it, title = {" + title + "}, journal = {Acta Importorum}, year = {2020}, language = {en}}\n");

        assertEquals(200, preview.status(), preview.toString());
        assertTrue(preview.hasForm("store"), "the preview offers to store: " + preview.messages());
        assertSerializable(admin, "the import preview");

        WebPage stored = admin.submit(preview, "store", Map.of("store:store-all", "store"));
        assertEquals(200, stored.status(), stored.toString());
        long id = sourceIdByTitle(admin, title);
        assertEquals(List.of(importer), editors(admin, id), "the import's revision names its account");
        assertSerializable(admin, "the import page after storing");
        assertNothingLoggedAbout(admin);
    }

    @Test
    void theHistoryCreditsEachChangeOfTheSourceEditorToItsAccountAndASaveWithoutChangeToNone() {
        String writer = TestAccounts.staff("writer");
        WebClient staff = signedIn(writer);
        long id = createSource(staff, "A source whose history is read " + suffix());
        String curator = administrator("curator");
        WebClient admin = signedIn(curator);
        WebPage edit = admin.get("/staff/source.xhtml?id=" + id + "&lang=en");
        assertTrue(admin.submitFilled(edit, "source", Map.of("source:volume", "9",
                "source:save", "save")).redirectsTo("/staff/source.xhtml?id=" + id));

        WebPage again = staff.get("/staff/source.xhtml?id=" + id + "&lang=en");
        WebPage unchanged = staff.submitFilled(again, "source", Map.of("source:save", "save"));

        assertEquals(List.of("Nothing changed: the source is as it was, and no revision was written."),
                unchanged.messages());
        assertEquals(List.of(curator, writer), editors(admin, id), "newest first; the unchanged save wrote none");
        WebPage history = admin.get("/admin/history.xhtml?id=" + id);
        assertFalse(history.body().contains(">by system,"), "nothing made by a signed-in account is the system's");
        assertNothingLoggedAbout(staff, admin);
    }

    @Test
    void aCurationSaveThatChangesNothingSaysSoInTheEditorsLanguageAndWritesNoRevision() {
        WebClient admin = signedIn(administrator("unchanged"));
        long figure = odaFigureWithOneCitationAtMost();
        int revisions = editors(admin, figure).size();
        WebPage form = admin.get("/admin/record.xhtml?id=" + figure + "&lang=zh-TW");

        WebPage posted = admin.submitFilled(form, "record", Map.of("record:save", "save"));
        // redirect-after-post to the record's own address (issue 16, item 3); the message comes along
        assertTrue(posted.redirectsTo("/admin/record.xhtml?id=" + figure), posted.toString());
        WebPage saved = admin.get(posted.redirectPath().orElseThrow());

        assertEquals(200, saved.status(), saved.toString());
        assertEquals(List.of("沒有任何變更：紀錄維持原樣，未寫入新的修訂版本。"), saved.messages());
        assertEquals(revisions, editors(admin, figure).size(), "no revision");
        assertSerializable(admin, "the record form");
        assertNothingLoggedAbout(admin);
    }

    /** An ODA figure whose form the test can send back as it is (a multiple select keeps one choice here). */
    private static long odaFigureWithOneCitationAtMost() {
        try (Connection db = ItDatabase.connect();
             PreparedStatement select = db.prepareStatement("select min(o.id) from oda_figure o where"
                     + " (select count(*) from record_citation c where c.record_id = o.id) <= 1");
             ResultSet result = select.executeQuery()) {
            assertTrue(result.next());
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long createSource(WebClient client, String title) {
        WebPage form = client.get("/staff/source.xhtml?lang=en");
        WebPage saved = client.submitFilled(form, "source", Map.of("source:type", "JOURNAL_ARTICLE",
                "source:title", title, "source:language", "en", "source:container", "Journal of Eurasian Studies",
                "source:year", "2021", "source:save", "save"));
        assertTrue(saved.redirectsTo("/staff/source.xhtml?id="), "created: " + saved + " " + saved.messages());
        Matcher id = Pattern.compile("id=(\\d+)").matcher(saved.redirectPath().orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    private static long sourceIdByTitle(WebClient client, String title) {
        String list = client.get("/staff/sources.xhtml?lang=en&q=" + java.net.URLEncoder.encode(title,
                java.nio.charset.StandardCharsets.UTF_8)).body();
        Matcher link = Pattern.compile("/staff/source\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(title) + "<").matcher(list);
        assertTrue(link.find(), "the imported source is listed");
        return Long.parseLong(link.group(1));
    }

    /** The editors of the record's revisions as its history page shows them, newest first. */
    private static List<String> editors(WebClient admin, long id) {
        WebPage history = admin.get("/admin/history.xhtml?id=" + id + "&lang=en");
        assertEquals(200, history.status(), history.toString());
        List<String> editors = new ArrayList<>();
        Matcher editor = EDITOR.matcher(history.body());
        while (editor.find()) {
            editors.add(editor.group(1).strip());
        }
        return editors;
    }

    private WebClient signedIn(String username) {
        WebClient client = new WebClient(base);
        WebPage signedIn = client.signIn(username, TestAccounts.PASSWORD);
        assertEquals(302, signedIn.status(), "signed in as " + username + ": " + signedIn);
        remember(client);
        return client;
    }

    private static String administrator(String prefix) {
        return TestAccounts.insert(TestAccounts.uniqueName(prefix), TestAccounts.PASSWORD, true, "ADMIN", "STAFF");
    }

    private void remember(WebClient client) {
        client.sessionId().ifPresent(sessionIds::add);
    }

    /** Serializes every attribute of the client's session; fails naming each one that is not serializable. */
    private void assertSerializable(WebClient client, String after) {
        remember(client);
        WebPage probe = client.get("/it-probe/session-serialization");
        assertEquals(200, probe.status(), "the session after " + after + " is there: " + probe);
        List<String> lines = probe.body().lines().toList();
        assertFalse(lines.isEmpty(), "the session after " + after + " holds attributes");
        List<String> refused = lines.stream().filter(line -> !line.startsWith("ok ")).toList();
        assertEquals(List.of(), refused, "after " + after + ", every session attribute is serializable");
    }

    /** The server logged no serialization warning and none of the session ids its clients were given. */
    private void assertNothingLoggedAbout(WebClient... clients) {
        for (WebClient client : clients) {
            remember(client);
        }
        WebClient reader = new WebClient(base);
        assertFalse(logLines(reader, List.of(ServerLogProbe.CANARY)).isEmpty(), "the log probe sees the server's log");
        List<String> needles = new ArrayList<>(List.of("Cannot serialize", "not serializable", "NotSerializable"));
        needles.addAll(sessionIds);
        assertFalse(sessionIds.isEmpty(), "the test was given session ids");
        assertEquals(List.of(), logLines(reader, needles), "no log line about serialization or with a session id");
    }

    private static List<String> logLines(WebClient reader, List<String> needles) {
        WebPage answer = reader.postText("/it-probe/server-log", String.join("\n", needles));
        assertEquals(200, answer.status(), "the log probe answers: " + answer);
        return answer.body().lines().toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
