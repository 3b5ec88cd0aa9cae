package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.ListingReader;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bibliography on the article's data: every source formatted as its footnote prints it (without the
 * footnote's locator), the notes that cite it and the records it supports, in a constant number of statements.
 */
class SourceEntriesTest {

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    private static SourceList list(ListingQuery query) {
        return article.get().inTransaction(em -> new SourceEntryReader(em).list(query));
    }

    private static Map<Long, SourceEntry> all() {
        return list(ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)).entries().stream()
                .collect(Collectors.toMap(SourceEntry::id, Function.identity()));
    }

    /** The printed text of every footnote, by number. */
    private static Map<Integer, String> footnotes() {
        return article.get().inTransaction(em -> new ListingReader(em).page(CitationListing.LISTING,
                ListingQuery.all().withFilter("kind", "FOOTNOTE").page(0, ListingQuery.MAX_LIMIT))).rows().stream()
                .collect(Collectors.toMap(row -> (Integer) row.get("footnote"), row -> (String) row.get("printedText")));
    }

    @Test
    void everyPublishedSourceIsListedOnce() {
        long published = article.get().inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from record"
                + " where record_type = 'SOURCE' and status = 'PUBLISHED' and deleted_at is null")
                .getSingleResult()).longValue());

        SourceList list = list(ListingQuery.all().page(0, ListingQuery.MAX_LIMIT));

        assertEquals(41, published, "the article's sources");
        assertEquals(published, list.total());
        assertEquals(published, list.entries().size());
    }

    @Test
    void entriesReadExactlyAsTheFootnotesThatCiteThemWithoutTheirPages() {
        Map<Integer, String> printed = footnotes();
        Map<Long, SourceEntry> entries = all();
        // source id -> footnote that prints it completely (no locator of its own)
        Map<Long, Integer> printedWhole = Map.ofEntries(
                Map.entry(2001L, 2), Map.entry(2002L, 3), Map.entry(2003L, 4), Map.entry(2004L, 5),
                Map.entry(2008L, 8), Map.entry(2010L, 10), Map.entry(2017L, 17), Map.entry(2018L, 18),
                Map.entry(2019L, 20), Map.entry(2020L, 21), Map.entry(2021L, 22), Map.entry(2022L, 23),
                Map.entry(2026L, 27), Map.entry(2029L, 30), Map.entry(2030L, 31), Map.entry(2031L, 32),
                Map.entry(2032L, 33), Map.entry(2033L, 34), Map.entry(2034L, 35), Map.entry(2035L, 37),
                Map.entry(2038L, 39));
        printedWhole.forEach((source, footnote) -> assertEquals(printed.get(footnote),
                entries.get(source).formatted(), "source " + source + " as footnote " + footnote + " prints it"));

        assertEquals(printed.get(9).replace("，頁 440。", "。"), entries.get(2009L).formatted(),
                "footnote 9 without its locator");
        assertEquals(printed.get(38).replace("，頁 10。", "。"), entries.get(2037L).formatted());
        assertEquals(printed.get(14).replace(", p. 70.", "."), entries.get(2014L).formatted());
        assertEquals(printed.get(7).split("; ")[1], entries.get(2007L).formatted(),
                "the second source of footnote 7; no comma after a question mark");
    }

    @Test
    void chineseAndJapaneseSourcesTakeTheChineseFormOthersTheEnglish() {
        Map<Long, SourceEntry> entries = all();

        assertEquals("Zbigniew Brzezinski 著；林添貴譯，《大棋盤：全球戰略大思考》（台北：立緒，2014 年）。",
                entries.get(2005L).formatted(), "a space between a Latin name and 著, as the article sets it");
        assertEquals("高板正堯著；張帆譯，《海洋國家日本的構想》（台北：廣場出版，2019 年）。", entries.get(2000L).formatted(),
                "the printed 高板 stays (curator note 2200)");
        assertTrue(entries.get(2001L).chineseForm(), "Japanese sources are cited in the Chinese form");
        assertEquals("Christopher Len, “Understanding Japan’s Central Asian Engagement,” in Christopher Len et al."
                + " eds., Japan’s Silk Road Diplomacy: Paving the Road Ahead (Singapore: Central Asia-Caucasus"
                + " Institute, 2008).", entries.get(2011L).formatted(), "a chapter names its edited book");
        assertEquals("Gilbert Rozman ed., Japan-Russia Relations: Implications for the US-Japan Alliance"
                + " (Washington DC: Sasakawa Peace Foundation, 2016).", entries.get(2036L).formatted());
    }

    @Test
    void eachEntryHasItsCitingNotesAndTheRecordsTheySupport() {
        Map<Long, SourceEntry> entries = all();

        assertEquals(List.of("10", "11"), entries.get(2010L).citations().stream().map(CitingNote::label).toList(),
                "footnote 11 (同前註) cites it again");
        assertEquals(List.of(new CitingNote(2109, "9", 9, "頁 440", footnotes().get(9))), entries.get(2009L).citations());
        assertEquals(List.of("表一"), entries.get(2039L).citations().stream().map(CitingNote::label).toList());

        SupportedRecord japan = entries.get(2000L).supports().stream().filter(r -> r.id() == 1000).findFirst()
                .orElseThrow();
        assertEquals("COUNTRY", japan.kind());
        assertEquals("日本", japan.name().getZh());
        SupportedRecord astana = entries.get(2016L).supports().stream().filter(r -> r.id() == 1300).findFirst()
                .orElseThrow();
        assertEquals("MEETING", astana.kind());
        assertEquals(1, astana.ordinal());
        assertEquals(2004, astana.year());
        assertTrue(entries.values().stream().flatMap(e -> e.supports().stream())
                .noneMatch(r -> List.of("SOURCE", "CITATION", "NOTE").contains(r.kind())), "only records with pages");
    }

    @Test
    void aNoteListsTheRecordsItSupportsItself() {
        List<SupportedRecord> records = article.get().inTransaction(em -> new SourceEntryReader(em).supportedBy(2116));

        assertEquals(List.of(1506L, 1200L, 1300L, 1402L), records.stream().map(SupportedRecord::id).toList(),
                "footnote 16 supports an agreement, a framework, a meeting and a visit, by kind");
        SupportedRecord astana = records.get(2);
        assertEquals("MEETING", astana.kind());
        assertEquals(1, astana.ordinal());
        assertEquals(List.of(), article.get().inTransaction(em -> new SourceEntryReader(em).supportedBy(99999)),
                "no such note, no records");
    }

    @Test
    void filtersByTextTypeAndYear() {
        assertEquals(List.of(2003L, 2033L), ids(ListingQuery.all().withText("歐亞研究")));
        assertEquals(List.of(2009L, 2012L, 2036L), ids(ListingQuery.all().withFilter("type", "EDITED_BOOK")));
        assertEquals(List.of(2016L, 2029L, 2030L, 2032L, 2034L),
                ids(ListingQuery.all().withYears(2019, 2019).withFilter("language", "en")));
        assertEquals(List.of(), ids(ListingQuery.all().withText("<script>")));
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        Statistics statistics = article.get().factory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            // twelve sources, one of them a chapter (2011), against all 41
            assertEquals(12, list(ListingQuery.all().page(0, 12)).entries().size());
            long small = statistics.getPrepareStatementCount();
            statistics.clear();
            assertEquals(41, list(ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)).entries().size());
            long large = statistics.getPrepareStatementCount();

            assertEquals(small, large);
            assertEquals(7, large, "count, page, contributors, citing ids; books, citing notes, supported records");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void oneSourceWithItsCuratorNotes() {
        SourceDetail detail = article.get().inTransaction(em -> new SourceEntryReader(em).find(2000)).orElseThrow();

        assertEquals(2000L, detail.entry().id());
        assertEquals(List.of(2200L), detail.notes().stream().map(Row::id).toList(), "the 高板 typo");
        assertTrue(article.get().inTransaction(em -> new SourceEntryReader(em).find(2101)).isEmpty(), "a citation, not a source");
        assertTrue(article.get().inTransaction(em -> new SourceEntryReader(em).find(99999)).isEmpty());
    }

    @Test
    void aDraftSourceIsNeitherListedNorFound() {
        article.get().run(em -> em.createNativeQuery("update record set status = 'DRAFT' where id = 2004").executeUpdate());
        try {
            assertTrue(article.get().inTransaction(em -> new SourceEntryReader(em).find(2004)).isEmpty());
            assertTrue(ids(ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)).stream().noneMatch(id -> id == 2004));
        } finally {
            article.get().run(em -> em.createNativeQuery("update record set status = 'PUBLISHED' where id = 2004")
                    .executeUpdate());
        }
    }

    @Test
    void exportsTheWholeListOrOneSourceInEachFormat() {
        String bibtex = article.get().inTransaction(em -> new SourceEntryReader(em).export(ListingQuery.all(),
                BibliographyFormat.BIBTEX));
        String ris = article.get().inTransaction(em -> new SourceEntryReader(em).export(ListingQuery.all(), BibliographyFormat.RIS));

        assertEquals(41, Pattern.compile("(?m)^@\\w+\\{").matcher(bibtex).results().count());
        assertEquals(41, Pattern.compile("(?m)^ER  -").matcher(ris).results().count());
        String filtered = article.get().inTransaction(em -> new SourceEntryReader(em).export(
                ListingQuery.all().withText("歐亞研究"), BibliographyFormat.RIS));
        assertEquals(2, Pattern.compile("(?m)^ER  -").matcher(filtered).results().count(), "the filtered list only");

        String chapter = article.get().inTransaction(em -> new SourceEntryReader(em).export(2013, BibliographyFormat.RIS))
                .orElseThrow();
        assertEquals(2, Pattern.compile("(?m)^ER  -").matcher(chapter).results().count(), "a chapter brings its book");
        assertTrue(article.get().inTransaction(em -> new SourceEntryReader(em).export(2101, BibliographyFormat.RIS)).isEmpty());
    }

    @Test
    void aDraftBookDoesNotLeaveWithItsChapter() {
        article.get().run(em -> em.createNativeQuery("update record set status = 'DRAFT' where id = 2036").executeUpdate());
        try {
            String chapter = article.get().inTransaction(em -> new SourceEntryReader(em).export(2035,
                    BibliographyFormat.RIS)).orElseThrow();

            assertEquals(1, Pattern.compile("(?m)^ER  -").matcher(chapter).results().count());
            assertTrue(!chapter.contains("Sasakawa"), chapter);
            assertEquals(2036L, (long) article.get().inTransaction(em -> ((Number) em.createNativeQuery(
                    "select parent_id from source where id = 2035").getSingleResult()).longValue()),
                    "the export never changes the stored link");
        } finally {
            article.get().run(em -> em.createNativeQuery("update record set status = 'PUBLISHED' where id = 2036")
                    .executeUpdate());
        }
    }

    private static List<Long> ids(ListingQuery query) {
        return list(query).entries().stream().map(SourceEntry::id).toList();
    }
}
