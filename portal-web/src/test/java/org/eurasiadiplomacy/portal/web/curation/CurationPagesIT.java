package org.eurasiadiplomacy.portal.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;

/**
 * The administrators' record and history pages over plain HTTP, signed in as an administrator: what answers 404
 * and what the history page costs in SQL.
 */
class CurationPagesIT extends DeployedPortal {

    private static final long JAPAN = 1000L;
    /** The first meeting of the Central Asia plus Japan dialogue, in Astana (Kazakhstan). */
    private static final long FIRST_DIALOGUE_MEETING = 1300L;
    /** Footnote 37's source, by Dmitry Streltsov. */
    private static final long SOURCE = 2035L;

    private WebClient administrator() {
        String admin = TestAccounts.insert(TestAccounts.uniqueName("curator"), TestAccounts.PASSWORD, true,
                "ADMIN", "STAFF");
        WebClient client = new WebClient(base);
        client.signIn(admin, TestAccounts.PASSWORD);
        return client;
    }

    @Test
    void unknownAndMalformedIdsAnswerWithThePortals404Page() {
        WebClient admin = administrator();
        for (String page : List.of("record", "history")) {
            WebPage known = admin.get("/admin/" + page + ".xhtml?id=" + JAPAN);
            assertEquals(200, known.status(), page + " of Japan");
            for (String query : List.of("?id=999999", "?id=abc", "?id=", "?id=%201000x", "")) {
                String path = "/admin/" + page + ".xhtml" + query;
                WebPage answer = admin.get(path);
                assertEquals(404, answer.status(), path);
                assertTrue(answer.body().contains("error-404"), path + " shows the portal's 404 page");
                assertFalse(answer.body().contains("error-500"), path + " is not the generic error page");
            }
        }
        WebPage unknownKind = admin.get("/admin/record.xhtml?kind=PLANET");
        assertEquals(404, unknownKind.status(), "a blank form of an unknown kind");
    }

    @Test
    void theHistoryNamesTheRecordsAChangeRefersToInTheReadersLanguage() {
        WebClient admin = administrator();
        String path = "/admin/history.xhtml?id=" + FIRST_DIALOGUE_MEETING;

        WebPage english = admin.get(path, "Accept-Language", "en");
        WebPage chinese = admin.get(path, "Accept-Language", "zh-TW");

        assertEquals(200, english.status(), english.toString());
        assertTrue(english.body().contains("Central Asia plus Japan dialogue"), "the framework by its name");
        assertTrue(english.body().contains("KAZ Kazakhstan"), "the host country by code and name");
        assertTrue(chinese.body().contains("中亞 + 日本"), "the framework's Chinese name");
        assertTrue(chinese.body().contains("KAZ 哈薩克"), "the host country's Chinese name");
        for (WebPage page : List.of(english, chinese)) {
            assertFalse(page.body().contains("initiative #"), "no record named by its id");
        }
    }

    @Test
    void aSourceIsEditedInTheStaffEditorAndHasItsHistoryHere() {
        WebClient admin = administrator();
        assertTrue(admin.get("/admin/record.xhtml?id=" + SOURCE).redirectsTo("/staff/source.xhtml?id=" + SOURCE),
                "the administrators' form hands a source to the source editor");
        assertTrue(admin.get("/admin/record.xhtml?kind=SOURCE").redirectsTo("/staff/source.xhtml"));
        WebPage editor = admin.get("/staff/source.xhtml?id=" + SOURCE);
        assertTrue(editor.body().contains("/admin/history.xhtml?id=" + SOURCE), "the editor links to the history");
        WebPage history = admin.get("/admin/history.xhtml?id=" + SOURCE);
        assertEquals(200, history.status());
        assertTrue(history.body().contains("Dmitry Streltsov · Author"), "contributors shown row by row, the role"
                + " in the reader's language");
        assertTrue(admin.get("/admin/records.xhtml?q=Russia").body().contains("Russia’s Approach to Japan"),
                "sources are listed by title among the records");

        WebClient staff = new WebClient(base);
        staff.signIn(TestAccounts.staff("no-history"), TestAccounts.PASSWORD);
        assertFalse(staff.get("/staff/source.xhtml?id=" + SOURCE).body().contains("/admin/history.xhtml"),
                "staff are not offered the administrators' history");
    }
}
