package org.eurasiadiplomacy.portal.web.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.junit.jupiter.api.Test;

/** Every kind of detail page in the real WAR on Payara Micro, on the article's data that Flyway loaded. */
class DetailPagesIT extends DeployedPortal {

    /** A page, what it must show, and the links it must hold (related records and footnotes). */
    private record Expected(String path, List<String> texts, List<String> links) {
    }

    private static final List<Expected> PAGES = List.of(
            new Expected("/country.xhtml?id=1002", List.of("Uzbekistan", "烏茲別克", "UZB", "Central Asia", "Curator's notes", "1.6兆美元"),
                    List.of("/oda-figure.xhtml?id=16", "/initiative.xhtml?id=1200", "/visit.xhtml?id=1402", "/meeting.xhtml?id=1302")),
            new Expected("/person.xhtml?id=1106", List.of("Abe Shinzō", "安倍晋三", "安倍晉三", "Prime Minister (first term)"),
                    List.of("/country.xhtml?id=1000", "/visit.xhtml?id=1410", "/citation.xhtml?id=")),
            new Expected("/initiative.xhtml?id=1200", List.of("Central Asia plus Japan dialogue", "「中央アジア＋日本」対話", "August 2004", "Predates the Belt and Road"),
                    List.of("/meeting.xhtml?id=1306", "/country.xhtml?id=1002", "/person.xhtml?id=1103", "/citation.xhtml?id=")),
            new Expected("/meeting.xhtml?id=1302", List.of("Central Asia plus Japan dialogue, meeting 3", "Tashkent", "2010", "Foreign ministers"),
                    List.of("/initiative.xhtml?id=1200", "/country.xhtml?id=1002", "/meeting.xhtml?id=1300", "/citation.xhtml?id=2141")),
            new Expected("/visit.xhtml?id=1402", List.of("Kawaguchi Yoriko", "August 2004", "Minister for Foreign Affairs", "Sitting"),
                    List.of("/person.xhtml?id=1103", "/country.xhtml?id=1000", "/country.xhtml?id=1002", "/citation.xhtml?id=")),
            new Expected("/agreement.xhtml?id=1500", List.of("カザフスタン共和国の独立承認", "December 1991", "Recognition"),
                    List.of("/country.xhtml?id=1000", "/country.xhtml?id=1001", "/citation.xhtml?id=")),
            new Expected("/oda-figure.xhtml?id=1600", List.of("-1.46", "USD million", "OECD TABLE2A", "Net disbursements"),
                    List.of("/country.xhtml?id=1000", "/country.xhtml?id=1001", "/oda-figure.xhtml?id=1601", "/citation.xhtml?id=2142")),
            new Expected("/exercise.xhtml?id=1700", List.of("Malabar", "馬拉巴", "Naval exercise"),
                    List.of("/country.xhtml?id=1000", "/citation.xhtml?id=")),
            new Expected("/event.xhtml?id=1800", List.of("Meiji Restoration", "明治維新", "History"),
                    List.of("/citation.xhtml?id=")));

    @Test
    void everyKindShowsItsFieldsRelatedLinksAndFootnotes() {
        for (Expected expected : PAGES) {
            HttpResponse<String> page = Http.get(base, expected.path() + "&lang=en");
            String body = page.body();

            assertEquals(200, page.statusCode(), expected.path());
            for (String text : expected.texts()) {
                assertTrue(body.contains(text), expected.path() + " shows " + text);
            }
            for (String link : expected.links()) {
                assertTrue(body.contains("href=\"" + link), expected.path() + " links to " + link);
            }
            assertFalse(body.contains("???"), expected.path() + ": every label is in the bundle");
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    expected.path() + " creates no session");
        }
    }

    @Test
    void partialDatesAndLabelsReadInChineseByDefault() {
        String body = Http.get(base, "/visit.xhtml?id=1402").body();

        assertTrue(body.contains("2004 年 8 月"), "year and month, as the article gives them");
        assertTrue(body.contains("出訪者"), "field labels in Chinese");
        assertTrue(body.contains("lang=\"en\""), "the English form is marked as English");
    }

    @Test
    void tablesAreCalledTable1And2InEnglishAndKeepTheirPrintedLabelInChinese() {
        String meeting = Http.get(base, "/meeting.xhtml?id=1302&lang=en").body();
        assertTrue(meeting.contains(">Table 1</a>"), "the footnote marker of Table 1");
        assertFalse(meeting.contains(">表一<"), "no Chinese label on an English page");
        String note = Http.get(base, "/citation.xhtml?id=2142&lang=en").body();
        assertTrue(note.contains("The note to Table 2"), "the note's heading");
        assertTrue(note.contains("<a href=\"https://stats.oecd.org/"), "the printed address is a link");
        assertTrue(note.contains("rel=\"noopener\""), "that opens nothing of this page to the other site");

        String chinese = Http.get(base, "/meeting.xhtml?id=1302&lang=zh-TW").body();
        assertTrue(chinese.contains(">表一</a>"), "the printed label on a Chinese page");
    }

    @Test
    void unknownMistypedAndMalformedIdsAre404() {
        for (String path : List.of("/person.xhtml?id=999999", "/person.xhtml?id=1002", "/event.xhtml?id=abc",
                "/country.xhtml", "/oda-figure.xhtml?id=2101")) {
            HttpResponse<String> page = Http.get(base, path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("error-404"), path + " shows the portal's 404 page");
        }
    }

    @Test
    void draftsAndTrashedRecordsAreNotPublic() throws Exception {
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            try {
                sql.executeUpdate("insert into record (id, record_type, version, status, created_at, modified_at, deleted_at)"
                        + " values (900101, 'PERSON', 0, 'DRAFT', current_timestamp, current_timestamp, null),"
                        + " (900102, 'EVENT', 0, 'PUBLISHED', current_timestamp, current_timestamp, current_timestamp)");
                sql.executeUpdate("insert into person (id, name_original, name_zh, name_en, country_id)"
                        + " values (900101, '草稿', '草稿', 'IT Draft Person', 1000)");
                sql.executeUpdate("insert into timeline_event (id, date_year, title_zh, title_en, event_category)"
                        + " values (900102, 2020, '垃圾桶', 'IT Trashed Event', 'HISTORY')");

                assertEquals(404, Http.get(base, "/person.xhtml?id=900101").statusCode(), "a draft");
                assertEquals(404, Http.get(base, "/event.xhtml?id=900102").statusCode(), "in the trash");
                String japan = Http.get(base, "/country.xhtml?id=1000&lang=en").body();
                assertFalse(japan.contains("IT Draft Person"), "a draft is not listed among Japan's people");
                assertFalse(Http.get(base, "/timeline.xhtml?page=99&lang=en").body().contains("IT Trashed Event"));
            } finally {
                sql.executeUpdate("delete from person where id = 900101");
                sql.executeUpdate("delete from timeline_event where id = 900102");
                sql.executeUpdate("delete from record where id in (900101, 900102)");
            }
        }
    }
}
