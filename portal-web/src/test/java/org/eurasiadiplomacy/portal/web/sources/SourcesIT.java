package org.eurasiadiplomacy.portal.web.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.sources.bibliography.Reading;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.junit.jupiter.api.Test;

/**
 * The bibliography over HTTP, as an anonymous reader and a reference manager see it: every published source,
 * filters in the URL, 404 for what is not a published source, downloads that parse, and record data escaped.
 */
class SourcesIT extends DeployedPortal {

    private static final Pattern ENTRY = Pattern.compile("<li class=\"bib-entry\" id=\"source-(\\d+)\"");

    @Test
    void listsEveryPublishedSourceAndCreatesNoSession() throws SQLException {
        HttpResponse<String> page = Http.get(base, "/sources.xhtml?lang=en");

        assertEquals(200, page.statusCode());
        assertEquals(publishedSources(), entries(page.body()).size());
        assertTrue(page.body().contains(publishedSources() + " sources"), "the count the page states");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "the bibliography is a stateless page");
    }

    @Test
    void filtersAreGetParameters() {
        assertEquals(List.of("2003", "2033"), entries(Http.get(base, "/sources.xhtml?q=%E6%AD%90%E4%BA%9E%E7%A0%94%E7%A9%B6").body()),
                "text: 歐亞研究");
        assertEquals(List.of("2009", "2012", "2036"), entries(Http.get(base, "/sources.xhtml?type=EDITED_BOOK").body()));
        assertEquals(List.of("2004"), entries(Http.get(base, "/sources.xhtml?yearFrom=1990&yearTo=2000").body()));
        String refused = Http.get(base, "/sources.xhtml?yearFrom=soon&lang=en").body();
        assertTrue(refused.contains("A filter was not understood"), "a year that is not a number is explained");
        assertEquals(List.of(), entries(refused));
    }

    @Test
    void aSourcePageHasEveryFieldAndTheNotesThatCiteIt() {
        HttpResponse<String> page = Http.get(base, "/source.xhtml?id=2009&lang=en");

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("劉江永主編，《當代日本對外關係》（北京：世界知識出版社，2009 年）。"), "as the article cites it");
        assertTrue(body.contains("Contemporary Japan&#39;s Foreign Relations") || body.contains("Contemporary Japan's Foreign Relations"),
                "the English title");
        assertTrue(body.contains("世界知識出版社") && body.contains("北京"), "publisher and place");
        assertTrue(body.contains("<span class=\"contributor__role\">Editor</span>"), "the contributor's role");
        assertTrue(body.contains("href=\"/citation.xhtml?id=2109\""), "footnote 9 cites it");
        assertTrue(body.contains("頁 440"), "with the page it cites");
    }

    @Test
    void aSourcePageNamesItsLanguageInTheReadersLanguageAndShowsTheAccessDate() throws SQLException {
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into record (id, record_type, version, status, created_at, modified_at)"
                    + " values (2091, 'SOURCE', 0, 'PUBLISHED', current_timestamp, current_timestamp)");
            sql.executeUpdate("insert into source (id, source_type, title, lang, et_al, url, accessed_year,"
                    + " accessed_month, accessed_day) values (2091, 'WEB_PAGE', 'Япония и Центральная Азия', 'ru',"
                    + " false, 'https://example.org/ru', 2024, 3, 14)");
            sql.executeUpdate("insert into source_contributor (source_id, idx, name, family_name, given_name,"
                    + " contributor_role) values (2091, 0, '武田史郎', '武田', '史郎', 'AUTHOR')");
        }
        try {
            String english = Http.get(base, "/source.xhtml?id=2091&lang=en").body();
            assertTrue(english.contains("<dd class=\"source-language\">Russian</dd>"), "the JDK's name, in English");
            assertTrue(english.contains("<dd class=\"source-accessed\">2024-03-14</dd>"), "the access date");
            assertTrue(english.contains("<span class=\"contributor__name\">武田史郎</span>"), "family first, no space");
            String chinese = Http.get(base, "/source.xhtml?id=2091&lang=zh-TW").body();
            assertTrue(chinese.contains("<dd class=\"source-language\">俄文</dd>"), "and in Chinese");
            assertTrue(chinese.contains("瀏覽日期"), "the access date's label in Chinese");
            assertFalse(chinese.contains("???"), "no missing message");
            assertTrue(Http.get(base, "/sources/2091.bib").body().contains("urldate = {2024-03-14}"), "BibTeX");
            assertTrue(Http.get(base, "/sources/2091.ris").body().contains("Y2  - 2024/03/14"), "RIS");
            assertTrue(Http.get(base, "/sources/2091.json").body().contains("\"accessed\""), "CSL-JSON");
        } finally {
            try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
                sql.executeUpdate("delete from source_contributor where source_id = 2091");
                sql.executeUpdate("delete from source where id = 2091");
                sql.executeUpdate("delete from record where id = 2091");
            }
        }
    }

    @Test
    void aSourcePageShowsTheCuratorsNotesOnIt() {
        String body = Http.get(base, "/source.xhtml?id=2000&lang=en").body();

        assertTrue(body.contains("id=\"note-2200\""), "the note on the misspelt 高板正堯");
        assertTrue(body.contains("高板正堯著；張帆譯"));
    }

    @Test
    void whatIsNotAPublishedSourceIsNotFound() throws SQLException {
        assertEquals(404, Http.get(base, "/source.xhtml?id=99999").statusCode());
        assertEquals(404, Http.get(base, "/source.xhtml?id=2101").statusCode(), "a citation is not a source");
        assertEquals(404, Http.get(base, "/source.xhtml?id=abc").statusCode());
        assertEquals(404, Http.get(base, "/source.xhtml").statusCode());
        assertEquals(404, Http.get(base, "/sources/99999.bib").statusCode());
        assertEquals(404, Http.get(base, "/sources/all.txt").statusCode());

        setStatus(2004, "DRAFT");
        try {
            assertEquals(404, Http.get(base, "/source.xhtml?id=2004").statusCode(), "a draft");
            assertFalse(entries(Http.get(base, "/sources.xhtml").body()).contains("2004"));
        } finally {
            setStatus(2004, "PUBLISHED");
        }
    }

    @Test
    void downloadsTheWholeListInEachFormat() throws SQLException {
        int sources = publishedSources();

        HttpResponse<String> bibtex = Http.get(base, "/sources/all.bib");
        assertEquals(200, bibtex.statusCode());
        assertTrue(bibtex.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-bibtex"));
        assertEquals("attachment; filename=\"eurasia-diplomacy-sources.bib\"",
                bibtex.headers().firstValue("Content-Disposition").orElseThrow());
        Reading read = BibliographyFormat.BIBTEX.read(bibtex.body());
        assertEquals(List.of(), read.problems());
        assertEquals(sources, read.entries().size(), "one BibTeX entry per source");

        HttpResponse<String> ris = Http.get(base, "/sources/all.ris");
        assertTrue(ris.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/x-research-info-systems"));
        assertTrue(ris.headers().firstValue("Content-Disposition").orElseThrow().contains("sources.ris"));
        assertEquals(sources, Pattern.compile("(?m)^ER  -").matcher(ris.body()).results().count());
        assertEquals(List.of(), BibliographyFormat.RIS.read(ris.body()).problems());

        HttpResponse<String> csl = Http.get(base, "/sources/all.json");
        assertTrue(csl.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/vnd.citationstyles.csl+json"));
        try (JsonReader reader = Json.createReader(new StringReader(csl.body()))) {
            JsonArray items = reader.readArray();
            assertEquals(sources, items.size());
        }
    }

    @Test
    void downloadsOneSourceOrTheFilteredList() {
        HttpResponse<String> one = Http.get(base, "/sources/2003.ris");
        assertEquals(200, one.statusCode());
        assertEquals("attachment; filename=\"eurasia-diplomacy-source-2003.ris\"",
                one.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(1, Pattern.compile("(?m)^ER  -").matcher(one.body()).results().count());
        assertTrue(one.body().contains("伊斯蘭國之前的中東國際關係"));

        String chapter = Http.get(base, "/sources/2013.bib").body();
        assertEquals(2, BibliographyFormat.BIBTEX.read(chapter).entries().size(), "a chapter comes with its book");

        String filtered = Http.get(base, "/sources/all.json?type=EDITED_BOOK").body();
        try (JsonReader reader = Json.createReader(new StringReader(filtered))) {
            assertEquals(3, reader.readArray().size(), "the download holds what the filtered page shows");
        }
        String page = Http.get(base, "/sources.xhtml?type=EDITED_BOOK").body();
        assertTrue(page.contains("href=\"/sources/all.json?type=EDITED_BOOK\""), "the page links its filtered list");
        assertEquals(400, Http.get(base, "/sources/all.bib?yearTo=later").statusCode());
    }

    @Test
    void recordDataIsEscapedEverywhere() throws SQLException {
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into record (id, record_type, version, status, created_at, modified_at)"
                    + " values (2090, 'SOURCE', 0, 'PUBLISHED', current_timestamp, current_timestamp)");
            sql.executeUpdate("insert into source (id, source_type, title, title_en, container, lang, et_al, url)"
                    + " values (2090, 'WEB_PAGE', '" + attack.replace("'", "''") + "', '" + attack.replace("'", "''")
                    + "', '" + attack.replace("'", "''") + "', 'en', false, 'javascript:alert(1)')");
            sql.executeUpdate("insert into source_contributor (source_id, idx, name, contributor_role)"
                    + " values (2090, 0, '" + attack.replace("'", "''") + "', 'AUTHOR')");
        }
        try {
            for (String path : List.of("/sources.xhtml?lang=en", "/source.xhtml?id=2090&lang=en")) {
                String body = Http.get(base, path).body();
                assertFalse(body.contains("<script>alert"), path + " runs no injected script");
                assertFalse(body.contains("<img src=x"), path);
                assertTrue(body.contains("&lt;script&gt;alert("), path + " shows the text, escaped");
                assertFalse(body.contains("href=\"javascript:"), path + " links no script URL");
            }
        } finally {
            try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
                sql.executeUpdate("delete from source_contributor where source_id = 2090");
                sql.executeUpdate("delete from source where id = 2090");
                sql.executeUpdate("delete from record where id = 2090");
            }
        }
    }

    private static List<String> entries(String body) {
        return ENTRY.matcher(body).results().map(m -> m.group(1)).toList();
    }

    private static int publishedSources() throws SQLException {
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("select count(*) from record where record_type = 'SOURCE'"
                        + " and status = 'PUBLISHED' and deleted_at is null")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static void setStatus(long id, String status) throws SQLException {
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("update record set status = '" + status + "' where id = " + id);
        }
    }
}
