package org.eurasiadiplomacy.portal.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.PublicPages;
import org.eurasiadiplomacy.portal.web.testing.PublicPages.PublicPage;
import org.junit.jupiter.api.Test;

/**
 * What every public page promises an anonymous reader and the proxies in between: no session, a cache
 * validator that answers an unchanged page with 304, and a constant number of SQL statements.
 */
class PublicPagesIT extends DeployedPortal {

    private static final String SQL_STATEMENTS = "X-Portal-SQL-Statements";

    @Test
    void noPublicPageCreatesASession() {
        for (PublicPage page : PublicPages.ALL) {
            HttpResponse<String> response = Http.get(base, page.path());

            assertEquals(200, response.statusCode(), page.path());
            List<String> cookies = response.headers().allValues("Set-Cookie");
            assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), page.path() + ": " + cookies);
        }
    }

    @Test
    void anUnchangedPageIsRevalidatedWithoutABody() {
        for (PublicPage page : PublicPages.ALL) {
            HttpResponse<String> first = Http.get(base, page.path());
            String etag = first.headers().firstValue("ETag").orElse(null);
            assertNotNull(etag, page.path() + " has an ETag");
            assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""), page.path());
            assertTrue(first.headers().firstValue("Vary").orElse("").contains("Accept-Language"), page.path());

            HttpResponse<String> again = Http.get(base, page.path(), "If-None-Match", etag);

            assertEquals(304, again.statusCode(), page.path() + " revalidated");
            assertEquals("", again.body());
            assertFalse(again.headers().firstValue("Content-Security-Policy").isPresent(),
                    "a 304 keeps the stored policy, whose nonce matches the stored page");
        }
    }

    @Test
    void theOtherLanguageIsAnotherRepresentation() {
        String chinese = Http.get(base, "/oda.xhtml", "Accept-Language", "zh-TW").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> english = Http.get(base, "/oda.xhtml", "Accept-Language", "en", "If-None-Match", chinese);

        assertEquals(200, english.statusCode());
    }

    @Test
    void aPageTakesAsManyStatementsAtOneHundredRowsAsAtTen() {
        for (PublicPage table : PublicPages.TABLES) {
            int ten = statements(table.path() + "?rows=10");
            int hundred = statements(table.path() + "?rows=100");

            assertTrue(ten > 0, table.path() + " reads the database");
            assertEquals(ten, hundred, table.path() + ": statements at 10 and at 100 rows");
        }
    }

    /**
     * The most any page takes: a country's page, with its people, visits, ODA figures, memberships, initiatives,
     * citations and notes, and a footnote's page, which lists the records it supports with one statement per kind
     * (docs/performance.md lists every page's count, measured by bench/sql-per-page.sh).
     */
    private static final int MOST_STATEMENTS_PER_PAGE = 16;

    @Test
    void everyPublicPageTakesAFewStatements() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PublicPage page : PublicPages.ALL) {
            counts.put(page.path(), statements(page.path()));
        }

        assertTrue(counts.values().stream().allMatch(count -> count <= MOST_STATEMENTS_PER_PAGE),
                "SQL statements per page: " + counts);
    }

    private int statements(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertEquals(200, response.statusCode(), path);
        return Integer.parseInt(response.headers().firstValue(SQL_STATEMENTS)
                .orElseThrow(() -> new AssertionError(path + " has no " + SQL_STATEMENTS + " header")));
    }
}
