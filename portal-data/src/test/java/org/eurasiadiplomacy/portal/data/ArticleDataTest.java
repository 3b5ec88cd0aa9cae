package org.eurasiadiplomacy.portal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eurasiadiplomacy.portal.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the curated article data (Flyway V2..V5) on a fresh database (H2, or PostgreSQL: TestDatabase), read
 * with plain JDBC.
 * Every expected value is written out here from the article, not computed from the migrations.
 *
 * <p>Each database is held open by one connection for as long as a test uses it. H2 2.3.232 can lose
 * committed rows when a file database is closed and reopened many times (h2database issue #4123); without
 * the holder every short-lived connection below would close and reopen the file, and the shared database
 * was seen to fall back to its state after V3.
 */
class ArticleDataTest {

    @TempDir
    static Path sharedDir;

    private static TestDatabase shared;
    private static Connection sharedHolder;

    @BeforeAll
    static void migrateSharedDatabase() throws SQLException {
        shared = TestDatabase.in(sharedDir);
        sharedHolder = open(shared);
        migrate(shared);
    }

    @AfterAll
    static void closeSharedDatabase() throws SQLException {
        sharedHolder.close();
    }

    private static MigrateResult migrate(TestDatabase db) {
        return Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").load().migrate();
    }

    private static Connection open(TestDatabase db) throws SQLException {
        return db.connect();
    }

    private static List<List<Object>> queryIn(TestDatabase db, String sql, Object... params) throws SQLException {
        try (Connection c = open(db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static List<List<Object>> query(String sql, Object... params) throws SQLException {
        return queryIn(shared, sql, params);
    }

    private static long countIn(TestDatabase db, String sql, Object... params) throws SQLException {
        return ((Number) queryIn(db, sql, params).get(0).get(0)).longValue();
    }

    private static long count(String sql, Object... params) throws SQLException {
        return countIn(shared, sql, params);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    // ------------------------------------------------------------------ Table 1

    @Test
    void theTextLayersQuotationGlyphsAreThePrintedCharactersInOneRevisionOfTheirOwn() throws SQLException {
        for (String column : List.of("source.title", "citation.printed_text", "initiative.name_en",
                "initiative.name_original", "initiative.bri_relation_zh", "agreement.title_original",
                "curator_note.quoted_text")) {
            String[] at = column.split("\\.");
            assertEquals(List.of(List.of(0L)), query("select count(*) from " + at[0] + " where " + at[1]
                    + " like ? or " + at[1] + " like ?", "%\u201F%", "%\u201E%"), column + " holds no ‟ or „");
        }
        assertEquals("Japan’s Multilateral Approach toward Central Asia",
                str(query("select title from source where id = 2014").get(0).get(0)));
        assertEquals("“Central Asia plus Japan’ Dialogue – Action Plan –",
                str(query("select title_original from agreement where id = 1507").get(0).get(0)),
                "the printed “ and ’, unpaired as printed");
        assertTrue(str(query("select note_en from curator_note where id = 2245").get(0).get(0))
                .contains("migration V80"), "the curator's note records the substitution");
        List<List<Object>> revision = query("select r.editor, count(*) from revinfo r join source_aud a on a.rev = r.rev"
                + " where r.editor like '%V80%' group by r.editor");
        assertEquals(1, revision.size(), "one revision of its own");
        assertEquals(10L, ((Number) revision.get(0).get(1)).longValue(), "with the ten sources it changed");
    }

    @Test
    void tableOneHasTheSevenForeignMinistersMeetingsAsPrinted() throws SQLException {
        Object[][] expected = {
            {1, 2004, "阿斯塔納", "Astana", "KAZ"},
            {2, 2006, "東京", "Tokyo", "JPN"},
            {3, 2010, "塔什干", "Tashkent", "UZB"},
            {4, 2012, "東京", "Tokyo", "JPN"},
            {5, 2014, "比什凱克", "Bishkek", "KGZ"},
            {6, 2017, "阿什哈巴德", "Ashgabat", "TKM"},
            {7, 2019, "杜尚別", "Dushanbe", "TJK"},
        };
        List<List<Object>> rows = query(
            "select m.ordinal, m.date_year, m.city_zh, m.city_en, c.code, m.meeting_level, m.id"
                + " from meeting m join country c on c.id = m.country_id"
                + " where m.initiative_id = 1200 order by m.ordinal");
        assertEquals(7, rows.size());
        for (int i = 0; i < expected.length; i++) {
            List<Object> row = rows.get(i);
            assertEquals(expected[i][0], num(row.get(0)), "ordinal");
            assertEquals(expected[i][1], num(row.get(1)), "year of meeting " + expected[i][0]);
            assertEquals(expected[i][2], str(row.get(2)), "city_zh of meeting " + expected[i][0]);
            assertEquals(expected[i][3], str(row.get(3)), "city_en of meeting " + expected[i][0]);
            assertEquals(expected[i][4], str(row.get(4)), "host of meeting " + expected[i][0]);
            assertEquals("FOREIGN_MINISTERS", str(row.get(5)));
            assertEquals(1300 + i, num(row.get(6)));
            assertEquals(1, count("select count(*) from record_citation where record_id = ? and citation_id = 2141",
                row.get(6)), "meeting cites the Table 1 note");
        }
        assertEquals("資料來源：作者自行整理自日本外務省網頁。",
            str(query("select printed_text from citation where label = '表一'").get(0).get(0)));
    }

    @Test
    void centralAsiaPlusJapanHasFiveMembersAndTurkmenistanAsObserver() throws SQLException {
        Map<String, String> roles = new TreeMap<>();
        for (List<Object> r : query("select c.code, im.member_role from initiative_member im"
            + " join country c on c.id = im.country_id where im.initiative_id = 1200")) {
            roles.put(str(r.get(0)), str(r.get(1)));
        }
        assertEquals(Map.of("JPN", "MEMBER", "KAZ", "MEMBER", "KGZ", "MEMBER", "TJK", "MEMBER", "UZB", "MEMBER",
            "TKM", "OBSERVER"), roles);
        List<Object> ini = query("select date_year, date_month, proposer_person_id, bri_relation, name_zh"
            + " from initiative where id = 1200").get(0);
        assertEquals(2004, num(ini.get(0)));
        assertEquals(8, num(ini.get(1)));
        assertEquals(1103, num(ini.get(2)), "proposed by Kawaguchi Yoriko");
        assertEquals("PREDATES_BRI", str(ini.get(3)));
        assertEquals("中亞 + 日本", str(ini.get(4)));
    }

    // ------------------------------------------------------------------ Table 2

    @Test
    void tableTwoHasAllFortyFiveOdaValuesExactly() throws SQLException {
        Map<String, String[]> printed = new LinkedHashMap<>();
        printed.put("KAZ", new String[] {"-1.46", "-15.37", "-11.92", "-5.8", "-35.96", "-36.39", "-35.24", "-39.57", "-40.1"});
        printed.put("KGZ", new String[] {"18.59", "22.71", "14.64", "16.05", "20.78", "46.13", "12.12", "28.87", "21.35"});
        printed.put("TJK", new String[] {"34.86", "26.39", "24.68", "24.47", "23.04", "19.52", "30.48", "24.45", "37.89"});
        printed.put("TKM", new String[] {"-0.75", "-1.09", "-1.65", "-1.54", "-1.57", "-1.41", "-1.48", "-0.02", "-1.43"});
        printed.put("UZB", new String[] {"5.65", "-1.33", "-4.5", "27.64", "33.45", "138.71", "163.53", "248.67", "189.38"});

        List<List<Object>> rows = query("select r.code, o.aid_year, o.amount_usd_millions, d.code, o.flow, o.dataset, o.id"
            + " from oda_figure o join country r on r.id = o.recipient_id join country d on d.id = o.donor_id"
            + " order by r.code, o.aid_year");
        assertEquals(45, rows.size());
        Map<String, BigDecimal> actual = new TreeMap<>();
        for (List<Object> r : rows) {
            assertEquals("JPN", str(r.get(3)));
            assertEquals("NET_DISBURSEMENTS", str(r.get(4)));
            assertEquals("OECD TABLE2A", str(r.get(5)));
            actual.put(r.get(0) + " " + num(r.get(1)), (BigDecimal) r.get(2));
            assertEquals(1, count("select count(*) from record_citation where record_id = ? and citation_id = 2142",
                r.get(6)), "ODA value cites the Table 2 note");
        }
        assertEquals(45, actual.size());
        for (Map.Entry<String, String[]> e : printed.entrySet()) {
            for (int k = 0; k < 9; k++) {
                String key = e.getKey() + " " + (2010 + k);
                BigDecimal value = actual.get(key);
                assertNotNull(value, key);
                assertEquals(0, new BigDecimal(e.getValue()[k]).compareTo(value), key + " was " + value);
            }
        }
        assertEquals(0, new BigDecimal("-1.46").compareTo(actual.get("KAZ 2010")));
        assertEquals(0, new BigDecimal("-5.8").compareTo(actual.get("KAZ 2013")));
        assertEquals(0, new BigDecimal("-40.1").compareTo(actual.get("KAZ 2018")));
        assertEquals(0, new BigDecimal("248.67").compareTo(actual.get("UZB 2017")));
        assertEquals("https://stats.oecd.org/viewhtml.aspx?datasetcode=TABLE2A&lang=en#",
            str(query("select url from source where id = 2040").get(0).get(0)));
    }

    // ------------------------------------------------------------------ citations

    @Test
    void everyFootnoteFromOneToThirtyNineIsPresentWithASource() throws SQLException {
        for (int n = 1; n <= 39; n++) {
            List<List<Object>> rows = query(
                "select id, label, citation_kind, printed_text from citation where footnote = ?", n);
            assertEquals(1, rows.size(), "footnote " + n);
            List<Object> r = rows.get(0);
            assertEquals(2100 + n, num(r.get(0)));
            assertEquals(String.valueOf(n), str(r.get(1)));
            assertEquals("FOOTNOTE", str(r.get(2)));
            String text = str(r.get(3));
            assertFalse(text.isBlank(), "footnote " + n);
            assertFalse(text.contains("\n") || text.contains("\r"), "footnote " + n + " is one line");
            assertTrue(count("select count(*) from citation_source where citation_id = ?", 2100 + n) >= 1,
                "footnote " + n + " cites a source");
        }
        assertEquals(39, count("select count(*) from citation where citation_kind = 'FOOTNOTE'"));
        Object[][] others = {{2140, "*", "AUTHOR_NOTE"}, {2141, "表一", "TABLE_NOTE"}, {2142, "表二", "TABLE_NOTE"}};
        for (Object[] o : others) {
            List<Object> r = query("select label, citation_kind, footnote from citation where id = ?", o[0]).get(0);
            assertEquals(o[1], str(r.get(0)));
            assertEquals(o[2], str(r.get(1)));
            assertNull(r.get(2));
        }
        assertEquals("初稿發表於 2015 年 11 月 21－22 日於一橋大學舉行的日本經濟理論學會年會。",
            str(query("select printed_text from citation where id = 2140").get(0).get(0)));
    }

    @Test
    void ibidFootnotesCiteTheSameSourceAsTheFootnoteBefore() throws SQLException {
        int[][] pairs = {{11, 10}, {19, 18}, {36, 35}};
        String[] printed = {"同前註。", "Ibid.", "Ibid."};
        for (int i = 0; i < pairs.length; i++) {
            int ibid = pairs[i][0];
            int previous = pairs[i][1];
            List<Object> ib = query("select ibid, printed_text from citation where footnote = ?", ibid).get(0);
            assertEquals(Boolean.TRUE, ib.get(0), "footnote " + ibid + " is ibid");
            assertEquals(printed[i], str(ib.get(1)));
            assertEquals(Boolean.FALSE, query("select ibid from citation where footnote = ?", previous).get(0).get(0));
            List<List<Object>> a = query("select source_id from citation_source where citation_id = ? order by idx", 2100 + ibid);
            List<List<Object>> b = query("select source_id from citation_source where citation_id = ? order by idx", 2100 + previous);
            assertEquals(1, a.size());
            assertEquals(b, a, "footnote " + ibid + " cites what footnote " + previous + " cites");
        }
        assertEquals(2010, num(query("select source_id from citation_source where citation_id = 2111").get(0).get(0)));
        assertEquals(2018, num(query("select source_id from citation_source where citation_id = 2119").get(0).get(0)));
        assertEquals(2034, num(query("select source_id from citation_source where citation_id = 2136").get(0).get(0)));
    }

    @Test
    void footnoteSevenCitesCooleyThenBlank() throws SQLException {
        List<List<Object>> rows = query("select cs.idx, s.title, sc.name, s.source_type from citation_source cs"
            + " join source s on s.id = cs.source_id"
            + " join source_contributor sc on sc.source_id = s.id and sc.idx = 0"
            + " where cs.citation_id = 2107 order by cs.idx");
        assertEquals(2, rows.size());
        assertEquals(0, num(rows.get(0).get(0)));
        assertEquals("Alexander Cooley", str(rows.get(0).get(2)));
        assertEquals("The New Great Game in Central Asia: Geopolitics in a Post-Western World", str(rows.get(0).get(1)));
        assertEquals(1, num(rows.get(1).get(0)));
        assertEquals("Stephen Blank", str(rows.get(1).get(2)));
        assertEquals("Whither the New Great Game in Central Asia?", str(rows.get(1).get(1)));
        List<Object> blank = query("select container, volume, issue, pages, date_year from source where id = 2007").get(0);
        assertEquals("Journal of Eurasian Studies", str(blank.get(0)));
        assertEquals("3", str(blank.get(1)));
        assertEquals("2", str(blank.get(2)));
        assertEquals("147-160", str(blank.get(3)));
        assertEquals(2012, num(blank.get(4)));
    }

    @Test
    void footnotesTwelveAndThirteenCiteChaptersOfOneEditedBook() throws SQLException {
        String book = "Japan’s Silk Road Diplomacy: Paving the Road Ahead";
        List<List<Object>> chapters = query("select c.footnote, c.locator, s.id, s.source_type, s.parent_id, s.title"
            + " from citation c join citation_source cs on cs.citation_id = c.id join source s on s.id = cs.source_id"
            + " where c.footnote in (12, 13) order by c.footnote");
        assertEquals(2, chapters.size());
        assertEquals("pp. 36-37", str(chapters.get(0).get(1)));
        assertEquals("pp. 17-18", str(chapters.get(1).get(1)));
        assertEquals("Understanding Japan’s Central Asian Engagement", str(chapters.get(0).get(5)));
        assertEquals("What is Japan up to in Central Asia?", str(chapters.get(1).get(5)));
        for (List<Object> ch : chapters) {
            assertEquals("BOOK_CHAPTER", str(ch.get(3)));
            assertNotNull(ch.get(4));
        }
        assertEquals(chapters.get(0).get(4), chapters.get(1).get(4), "same parent");
        assertFalse(chapters.get(0).get(2).equals(chapters.get(1).get(2)), "two different chapters");

        List<Object> parent = query("select id, source_type, title, et_al, date_year, place, publisher"
            + " from source where id = ?", chapters.get(0).get(4)).get(0);
        assertEquals(2012, num(parent.get(0)));
        assertEquals("EDITED_BOOK", str(parent.get(1)));
        assertEquals(book, str(parent.get(2)));
        assertEquals(Boolean.TRUE, parent.get(3));
        assertEquals(2008, num(parent.get(4)));
        assertEquals("Singapore", str(parent.get(5)));
        assertEquals("Central Asia-Caucasus Institute", str(parent.get(6)));
        assertEquals(1, count("select count(*) from source where title = ?", book), "the book is modelled once");
        List<Object> editor = query("select name, contributor_role from source_contributor where source_id = 2012").get(0);
        assertEquals("Christopher Len", str(editor.get(0)));
        assertEquals("EDITOR", str(editor.get(1)));
    }

    @Test
    void urlsOfFootnotesThirtyOneAndThirtyTwoAreWhole() throws SQLException {
        Map<Integer, String> expected = Map.of(
            31, "https://asia.nikkei.com/Politics/International-relations/US-late-in-pushing-Blue-Dot-to-counter-China-s-Belt-and-Road",
            32, "https://eeas.europa.eu/headquarters/headquarters-homepage/50752/european-way-connectivity-%E2%80%93-new-strategy-how-better-connect-europe-and-asia_vi");
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            String url = str(query("select s.url from citation_source cs join source s on s.id = cs.source_id"
                + " where cs.citation_id = ?", 2100 + e.getKey()).get(0).get(0));
            assertEquals(e.getValue(), url, "footnote " + e.getKey());
            assertFalse(url.matches("(?s).*\\s.*"), "no whitespace in the URL of footnote " + e.getKey());
            String printed = str(query("select printed_text from citation where footnote = ?", e.getKey()).get(0).get(0));
            assertTrue(printed.contains(e.getValue()), "printed text of footnote " + e.getKey() + " holds the whole URL");
        }
        assertEquals("http://www.jica.go.jp/english/publications/jbic_archive/others/pdf/centralasia_e.pdf.=",
            str(query("select url from source where id = 2025").get(0).get(0)), "footnote 26 keeps its printed '.='");
    }

    // ------------------------------------------------------------------ curated records

    @Test
    void everyCuratedRecordHasACitation() throws SQLException {
        List<List<Object>> uncited = query("select r.id from record r where r.record_type not in ('SOURCE', 'CITATION')"
            + " and not exists (select 1 from record_citation rc where rc.record_id = r.id) order by r.id");
        assertTrue(uncited.isEmpty(), "records without a citation: " + uncited);
        assertEquals(0, count("select count(*) from record where version <> 0 or status <> 'PUBLISHED'"
            + " or deleted_at is not null or created_at is null or modified_at is null"));
    }

    @Test
    void everyRecordRowHasItsOwnTableRowAndViceVersa() throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("COUNTRY", "country");
        tables.put("PERSON", "person");
        tables.put("SOURCE", "source");
        tables.put("CITATION", "citation");
        tables.put("INITIATIVE", "initiative");
        tables.put("MEETING", "meeting");
        tables.put("VISIT", "visit");
        tables.put("AGREEMENT", "agreement");
        tables.put("ODA", "oda_figure");
        tables.put("EXERCISE", "exercise");
        tables.put("EVENT", "timeline_event");
        tables.put("NOTE", "curator_note");
        for (Map.Entry<String, String> e : tables.entrySet()) {
            long records = count("select count(*) from record where record_type = ?", e.getKey());
            long joined = count("select count(*) from record r join " + e.getValue()
                + " t on t.id = r.id where r.record_type = ?", e.getKey());
            long own = count("select count(*) from " + e.getValue());
            assertEquals(records, joined, e.getKey());
            assertEquals(records, own, e.getKey());
        }
        assertEquals(0, count("select count(*) from record where record_type not in ('COUNTRY', 'PERSON', 'SOURCE',"
            + " 'CITATION', 'INITIATIVE', 'MEETING', 'VISIT', 'AGREEMENT', 'ODA', 'EXERCISE', 'EVENT', 'NOTE')"));
    }

    @Test
    void idsStayInTheirRanges() throws SQLException {
        Object[][] ranges = {
            {"COUNTRY", 1000, 1099}, {"PERSON", 1100, 1199}, {"INITIATIVE", 1200, 1299}, {"MEETING", 1300, 1399},
            {"VISIT", 1400, 1499}, {"AGREEMENT", 1500, 1599}, {"ODA", 1600, 1699}, {"EXERCISE", 1700, 1799},
            {"EVENT", 1800, 1999}, {"SOURCE", 2000, 2099}, {"CITATION", 2100, 2199}, {"NOTE", 2200, 2299},
        };
        for (Object[] r : ranges) {
            assertEquals(0, count("select count(*) from record where record_type = ? and (id < ? or id > ?)",
                r[0], r[1], r[2]), String.valueOf(r[0]));
        }
    }

    @Test
    void visitsDestinationsAsTheArticleStates() throws SQLException {
        Object[][] expected = {
            {1400, 1101, 1997, 7, "SITTING", "KAZ,KGZ,TKM,UZB"},          // Obuchi
            {1401, 1102, 1997, 9, "SITTING", "KAZ,KGZ,UZB"},              // Asō
            {1402, 1103, 2004, 8, "SITTING", "KAZ,KGZ,TJK,UZB"},          // Kawaguchi
            {1403, 1104, 2006, 8, "SITTING", "KAZ,UZB"},                  // Koizumi
            {1407, 1105, 2011, null, "FORMER", "KAZ"},                    // Hatoyama
            {1409, 1113, 2013, null, "SITTING", "KAZ"},                   // Xi
            {1410, 1106, 2014, null, "SITTING", ""},                      // Abe to Africa
            {1412, 1106, 2015, 10, "SITTING", "KAZ,KGZ,MNG,TJK,TKM,UZB"}, // Abe
            {1414, 1109, 2018, null, "SITTING", "JPN"},                   // Rahmon
        };
        for (Object[] e : expected) {
            List<Object> v = query("select person_id, date_year, date_month, office_status from visit where id = ?", e[0]).get(0);
            assertEquals(e[1], num(v.get(0)), "person of visit " + e[0]);
            assertEquals(e[2], num(v.get(1)), "year of visit " + e[0]);
            assertEquals(e[3], v.get(2) == null ? null : num(v.get(2)), "month of visit " + e[0]);
            assertEquals(e[4], str(v.get(3)));
            List<String> codes = new ArrayList<>();
            for (List<Object> r : query("select c.code from visit_destination vd join country c on c.id = vd.country_id"
                + " where vd.visit_id = ? order by c.code", e[0])) {
                codes.add(str(r.get(0)));
            }
            assertEquals(e[5], String.join(",", codes), "destinations of visit " + e[0]);
        }
        List<Object> africa = query("select destination_zh, destination_en from visit where id = 1410").get(0);
        assertEquals("非洲", str(africa.get(0)));
        assertEquals("Africa", str(africa.get(1)));
    }

    @Test
    void peopleKeepTheArticlesSpellings() throws SQLException {
        List<Object> naz = query("select name_original, name_zh, name_en, country_id from person where id = 1108").get(0);
        assertEquals("Нұрсұлтан Назарбаев", str(naz.get(0)));
        assertEquals("納札爾巴耶夫", str(naz.get(1)));
        assertEquals("Nursultan Nazarbaev", str(naz.get(2)));
        assertEquals(1001, num(naz.get(3)));
        List<Object> aso = query("select title_zh, year_from, year_to from person_office where person_id = 1102 and idx = 2").get(0);
        assertEquals("副總理", str(aso.get(0)));
        assertEquals(2020, num(aso.get(1)));
        assertNull(aso.get(2));
        assertEquals("EUU", str(query("select code from country where id = 1012").get(0).get(0)));
        assertEquals("SUPRANATIONAL", str(query("select actor_type from country where code = 'EUU'").get(0).get(0)));
    }

    @Test
    void curatorNotesArePresentAndCiteWhereTheOdditiesStand() throws SQLException {
        // id, category, target, a fragment of the quoted text, a citation the note must link to
        Object[][] notes = {
            {2200, "TYPO", 2000, "高板正堯", 2101},
            {2201, "IMPLAUSIBLE_FIGURE", 1002, "約 1.6兆美元", 2127},
            {2202, "MISMATCHED_GLOSS", 1811, "「國際協力機構」（Japan Bank for", 2126},
            {2203, "DATING", 2140, "2015 年 11 月", 2140},
            {2204, "INCONSISTENCY", 1300, "阿斯塔那", 2141},
            {2205, "INCONSISTENCY", 1108, "Nazarbaev", 2119},
            {2206, "MALFORMED_URL", 2025, "centralasia_e.pdf.=", 2126},
            {2207, "INCOMPLETE_CITATION", 2010, "eximbank.gov.cn/topic/hwtz/2006/3_11.doc", 2110},
            {2208, "TYPO", 2016, "“Central Asia Plus Japan” Dialogue", 2116},
            {2209, "TYPO", 2012, "et. al.", 2112},
            {2210, "DATING", 2002, "John Murray, 2016", 2103},
            {2211, "TYPO", 2137, "改善日俄關也符合", 2137},
            {2212, "TYPO", 1213, "接劍指中國", 2137},
            {2213, "TYPO", 2134, "關係時不牢靠", 2134},
            {2224, "MODELLING", 1012, "歐盟", 2108},
            {2238, "MALFORMED_URL", 2031, "european-way-connectivi", 2132},
        };
        for (Object[] n : notes) {
            List<List<Object>> rows = query("select note_category, target_id, quoted_text, note_zh, note_en"
                + " from curator_note where id = ?", n[0]);
            assertEquals(1, rows.size(), "note " + n[0]);
            List<Object> r = rows.get(0);
            assertEquals(n[1], str(r.get(0)), "category of note " + n[0]);
            assertEquals(n[2], num(r.get(1)), "target of note " + n[0]);
            assertTrue(str(r.get(2)).contains((String) n[3]), "quote of note " + n[0] + ": " + r.get(2));
            assertFalse(str(r.get(3)).isBlank());
            assertFalse(str(r.get(4)).isBlank());
            assertEquals(1, count("select count(*) from record_citation where record_id = ? and citation_id = ?",
                n[0], n[4]), "note " + n[0] + " cites " + n[4]);
        }
        assertEquals("在烏茲別克，日本在過去三十年投放了約 1.6兆美元的官方援助",
            str(query("select quoted_text from curator_note where id = 2201").get(0).get(0)));
        assertEquals(0, count("select count(*) from curator_note n where not exists"
            + " (select 1 from record_citation rc where rc.record_id = n.id)"));
    }

    // ------------------------------------------------------------------ migrations

    @Test
    void migrationsApplyToAnEmptyDatabaseWithTheLoadedCounts(@TempDir Path dir) throws SQLException {
        TestDatabase db = TestDatabase.in(dir);
        try (Connection holder = open(db)) {
            migrationsApplyWithTheLoadedCounts(db);
        }
    }

    private static void migrationsApplyWithTheLoadedCounts(TestDatabase db) throws SQLException {
        MigrateResult result = migrate(db);
        // later features add their own migrations; the article's are V1 (schema) and V2..V5 (data)
        assertTrue(result.migrationsExecuted >= 5, "V1 schema + V2..V5 data");
        assertEquals(List.of("1", "2", "3", "4", "5"), queryIn(db,
                "select \"version\" from \"flyway_schema_history\" where \"success\" and cast(\"version\" as int) <= 5"
                        + " order by \"installed_rank\"").stream().map(r -> str(r.get(0))).toList());

        Map<String, Long> expected = new TreeMap<>();
        expected.put("AGREEMENT", 16L);
        expected.put("CITATION", 42L);
        expected.put("COUNTRY", 16L);
        expected.put("EVENT", 25L);
        expected.put("EXERCISE", 7L);
        expected.put("INITIATIVE", 18L);
        expected.put("MEETING", 8L);
        expected.put("NOTE", 48L);
        expected.put("ODA", 45L);
        expected.put("PERSON", 23L);
        expected.put("SOURCE", 41L);
        expected.put("VISIT", 17L);
        Map<String, Long> actual = new TreeMap<>();
        for (List<Object> r : queryIn(db, "select record_type, count(*) from record group by record_type")) {
            actual.put(str(r.get(0)), ((Number) r.get(1)).longValue());
        }
        assertEquals(expected, actual);

        Map<String, Long> links = new LinkedHashMap<>();
        links.put("person_office", 25L);
        links.put("source_contributor", 45L);
        links.put("citation_source", 42L);
        links.put("record_citation", 247L);
        links.put("initiative_member", 35L);
        links.put("visit_destination", 29L);
        links.put("agreement_party", 38L);
        links.put("exercise_participant", 17L);
        links.put("timeline_event_country", 49L);
        for (Map.Entry<String, Long> e : links.entrySet()) {
            assertEquals(e.getValue(), countIn(db, "select count(*) from " + e.getKey()), e.getKey());
        }
    }

    @Test
    void runningMigrateASecondTimeChangesNothing(@TempDir Path dir) throws SQLException {
        TestDatabase db = TestDatabase.in(dir);
        try (Connection holder = open(db)) {
            secondMigrateChangesNothing(db);
        }
    }

    private static void secondMigrateChangesNothing(TestDatabase db) throws SQLException {
        MigrateResult first = migrate(db);
        assertTrue(first.migrationsExecuted >= 5, "the article's five migrations and those of later features");
        String[] tables = {"record", "country", "person", "person_office", "source", "source_contributor", "citation",
            "citation_source", "record_citation", "initiative", "initiative_member", "meeting", "visit",
            "visit_destination", "agreement", "agreement_party", "oda_figure", "exercise", "exercise_participant",
            "timeline_event", "timeline_event_country", "curator_note"};
        Map<String, Long> before = new LinkedHashMap<>();
        for (String t : tables) {
            before.put(t, countIn(db, "select count(*) from " + t));
        }
        long historyBefore = countIn(db, "select count(*) from \"flyway_schema_history\"");
        Object stampBefore = queryIn(db, "select max(modified_at) from record").get(0).get(0);

        MigrateResult again = migrate(db);

        assertEquals(0, again.migrationsExecuted);
        Map<String, Long> after = new LinkedHashMap<>();
        for (String t : tables) {
            after.put(t, countIn(db, "select count(*) from " + t));
        }
        assertEquals(before, after);
        assertEquals(historyBefore, countIn(db, "select count(*) from \"flyway_schema_history\""));
        assertEquals(stampBefore, queryIn(db, "select max(modified_at) from record").get(0).get(0));
        assertEquals(45, countIn(db, "select count(*) from oda_figure"));
    }
}
