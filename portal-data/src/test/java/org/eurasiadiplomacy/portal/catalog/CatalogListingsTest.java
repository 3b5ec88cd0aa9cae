package org.eurasiadiplomacy.portal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eurasiadiplomacy.portal.agreements.AgreementListing;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.exercises.ExerciseListing;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.notes.CuratorNoteListing;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.sources.SourceListing;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.eurasiadiplomacy.portal.timeline.TimelineEventListing;
import org.eurasiadiplomacy.portal.visits.VisitListing;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The listings on the article's data as Flyway loads it (the 7 meetings of Table 1, the 45 values of Table 2,
 * 39 footnotes), read through the real persistence unit on an H2 file. Nothing here changes the data.
 */
class CatalogListingsTest {

    /** Record types in the record table, by listing. */
    private static final Map<Listing, String> RECORD_TYPES = Map.ofEntries(
            Map.entry(CountryListing.LISTING, "COUNTRY"),
            Map.entry(PersonListing.LISTING, "PERSON"),
            Map.entry(InitiativeListing.LISTING, "INITIATIVE"),
            Map.entry(MeetingListing.LISTING, "MEETING"),
            Map.entry(VisitListing.LISTING, "VISIT"),
            Map.entry(AgreementListing.LISTING, "AGREEMENT"),
            Map.entry(OdaListing.LISTING, "ODA"),
            Map.entry(ExerciseListing.LISTING, "EXERCISE"),
            Map.entry(TimelineEventListing.LISTING, "EVENT"),
            Map.entry(SourceListing.LISTING, "SOURCE"),
            Map.entry(CitationListing.LISTING, "CITATION"),
            Map.entry(CuratorNoteListing.LISTING, "NOTE"));

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    private static Page page(Listing listing, ListingQuery query) {
        return article.get().inTransaction(em -> new ListingReader(em).page(listing, query));
    }

    private static List<Object> column(Page page, String column) {
        return page.rows().stream().map(row -> row.get(column)).toList();
    }

    @Test
    void everyPublishedRecordOfEveryKindIsListedOnceWithItsCitations() {
        RECORD_TYPES.forEach((listing, type) -> {
            @SuppressWarnings("unchecked")
            List<Number> published = article.get().inTransaction(em -> em.createNativeQuery(
                    "select id from record where record_type = :type and status = 'PUBLISHED'"
                            + " and deleted_at is null").setParameter("type", type).getResultList());
            Page all = page(listing, ListingQuery.all().page(0, ListingQuery.MAX_LIMIT));

            assertEquals(published.size(), all.total(), listing.name());
            assertEquals(new TreeSet<>(published.stream().map(Number::longValue).toList()),
                    new TreeSet<>(all.rows().stream().map(Row::id).toList()), listing.name());
            assertEquals("id", listing.columns().get(0).name());
            all.rows().forEach(row -> assertTrue(row.get("citationIds") instanceof List<?>,
                    listing.name() + " " + row.id() + " carries citationIds"));
        });
    }

    @Test
    void odaFiguresAreTable2WithExactAmountsAsPrinted() {
        Page oda = page(OdaListing.LISTING, ListingQuery.all());

        assertEquals(45, oda.total());
        Row first = oda.rows().get(0);
        assertEquals(List.of("id", "donor", "recipient", "year", "amountUsdMillions", "flow", "dataset",
                "citationIds"), List.copyOf(first.values().keySet()));
        assertEquals("JPN", first.get("donor"));
        assertEquals("KAZ", first.get("recipient"));
        assertEquals(2010, first.get("year"));
        assertEquals(new BigDecimal("-1.46"), first.get("amountUsdMillions"));
        assertEquals(new BigDecimal("-5.8"), oda.rows().get(3).get("amountUsdMillions"), "-5.80 shown as printed");
        assertEquals("NET_DISBURSEMENTS", first.get("flow"));
        assertEquals(List.of(2142L), first.get("citationIds"), "the note under Table 2");
    }

    @Test
    void theCountryFilterMatchesEachKindsCountryFields() {
        Page kazakhstan = page(OdaListing.LISTING, ListingQuery.all().withCountry("kaz"));
        assertEquals(9, kazakhstan.total());
        assertTrue(column(kazakhstan, "recipient").stream().allMatch("KAZ"::equals));
        assertEquals(45, page(OdaListing.LISTING, ListingQuery.all().withCountry("JPN")).total(), "the donor");

        Page inJapan = page(MeetingListing.LISTING, ListingQuery.all().withCountry("JPN"));
        assertEquals(List.of(2, 4), column(inJapan, "ordinal"), "Table 1's meetings in Tokyo");

        Page toTurkmenistan = page(VisitListing.LISTING, ListingQuery.all().withCountry("TKM"));
        assertTrue(toTurkmenistan.total() > 0);
        toTurkmenistan.rows().forEach(visit -> assertTrue(((List<?>) visit.get("destinations")).contains("TKM")
                || "TKM".equals(visit.get("origin")), "visit " + visit.id()));

        Page withTurkmenistan = page(InitiativeListing.LISTING, ListingQuery.all().withCountry("TKM"));
        assertTrue(column(withTurkmenistan, "id").contains(1200L), "an observer is a member too");
        assertEquals(List.of("KAZ"), column(page(CountryListing.LISTING, ListingQuery.all().withCountry("KAZ")),
                "code"));
    }

    @Test
    void theYearRangeIsInclusive() {
        Page years = page(OdaListing.LISTING, ListingQuery.all().withYears(2012, 2015));

        assertEquals(20, years.total(), "five recipients, four years");
        assertEquals(Set.of(2012, 2013, 2014, 2015), Set.copyOf(column(years, "year")));
        assertEquals(4, page(OdaListing.LISTING, ListingQuery.all().withCountry("UZB").withYears(2015, null))
                .total());
    }

    @Test
    void sortsByManyFieldsEachInItsOwnDirection() {
        Page sorted = page(OdaListing.LISTING, ListingQuery.all().page(0, 45)
                .sortedBy(SortKey.parse("year,-amountUsdMillions")));

        Comparator<Row> expected = Comparator.<Row, Integer>comparing(row -> (Integer) row.get("year"))
                .thenComparing(row -> (BigDecimal) row.get("amountUsdMillions"), Comparator.reverseOrder());
        List<Row> resorted = new ArrayList<>(sorted.rows());
        resorted.sort(expected);
        assertEquals(resorted, sorted.rows());
        assertEquals(new BigDecimal("34.86"), sorted.rows().get(0).get("amountUsdMillions"), "2010's largest");

        Page byEnglishCity = page(MeetingListing.LISTING, ListingQuery.all().withFilter("initiativeId", "1200")
                .sortedBy(SortKey.parse("-city.en")));
        assertEquals("Tokyo", ((LocalizedText) byEnglishCity.rows().get(0).get("city")).getEn());
    }

    @Test
    void pagesAreDisjointSlicesOfOneOrderWithTheTotalOnEach() {
        List<SortKey> order = SortKey.parse("-amountUsdMillions");
        List<Object> all = column(page(OdaListing.LISTING, ListingQuery.all().sortedBy(order)), "id");
        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < 45; offset += 10) {
            Page slice = page(OdaListing.LISTING, ListingQuery.all().sortedBy(order).page(offset, 10));
            assertEquals(45, slice.total());
            paged.addAll(column(slice, "id"));
        }

        assertEquals(all, paged);
        Page beyond = page(OdaListing.LISTING, ListingQuery.all().page(45, 10));
        assertEquals(List.of(), beyond.rows());
        assertEquals(45, beyond.total());
        assertEquals(List.of(), page(OdaListing.LISTING, ListingQuery.all().page(0, 0)).rows(), "count only");
    }

    @Test
    void textSearchIgnoresCaseAndCharacterWidth() {
        assertEquals(List.of(1207L), column(page(InitiativeListing.LISTING, ListingQuery.all().withText("ＡＡＧＣ")),
                "id"), "full-width query, half-width data");
        assertEquals(List.of(1207L), column(page(InitiativeListing.LISTING, ListingQuery.all().withText("aagc")),
                "id"));
        assertEquals(List.of(1302L), column(page(MeetingListing.LISTING, ListingQuery.all().withText("塔什干")),
                "id"));
        assertTrue(column(page(InitiativeListing.LISTING, ListingQuery.all().withText("中央アジア+日本")), "id")
                .contains(1200L), "half-width plus finds the full-width one in 「中央アジア＋日本」対話");
        assertEquals(List.of(2005L), column(page(SourceListing.LISTING, ListingQuery.all().withText("BRZEZINSKI")),
                "id"), "contributors are searched too");
        assertEquals(List.of(1301L, 1303L), column(page(MeetingListing.LISTING,
                ListingQuery.all().withText("東京　TOKYO")), "id"), "words split at an ideographic space too");
        assertEquals(0, page(MeetingListing.LISTING, ListingQuery.all().withText("東京 dushanbe")).total(),
                "every word must match");
        assertEquals(0, page(MeetingListing.LISTING, ListingQuery.all().withText("to_kyo")).total(),
                "LIKE wildcards are literal");
    }

    @Test
    void textSearchFindsNamesWithoutTheirMacronsAndTitlesWithAnyApostrophe() {
        assertEquals(List.of(1106L), column(page(PersonListing.LISTING, ListingQuery.all().withText("Shinzo")), "id"),
                "Shinzo finds Abe Shinzō");
        assertEquals(List.of(1106L), column(page(PersonListing.LISTING, ListingQuery.all().withText("SHINZŌ ABE")),
                "id"), "and the macron still finds it");
        assertEquals(List.of(2014L), column(page(SourceListing.LISTING,
                ListingQuery.all().withText("Japan's Multilateral")), "id"), "a plain apostrophe finds Japan’s");
        assertEquals(List.of(2014L), column(page(SourceListing.LISTING,
                ListingQuery.all().withText("Japanʼs multilateral")), "id"), "so does a modifier-letter apostrophe");
        assertEquals(List.of(2014L), column(page(SourceListing.LISTING,
                ListingQuery.all().withText("japan‟s multilateral")), "id"), "and the text layer's glyph");
    }

    @Test
    void filtersOnSingleFieldsByType() {
        assertEquals(7, page(MeetingListing.LISTING, ListingQuery.all().withFilter("level", "foreign_ministers"))
                .total());
        assertEquals(2, page(MeetingListing.LISTING, ListingQuery.all().withFilter("city", "ＴＯＫ")).total());
        assertEquals(1, page(MeetingListing.LISTING, ListingQuery.all().withFilter("ordinal", "3")
                .withFilter("initiativeId", "1200")).total());
        assertEquals(39, page(CitationListing.LISTING, ListingQuery.all().withFilter("kind", "FOOTNOTE")).total());
        assertEquals(9, page(OdaListing.LISTING, ListingQuery.all().withFilter("recipient", "tjk")).total());
    }

    @Test
    void numericFiltersTakeInclusiveRangesWithExactDecimals() {
        Page kazakhstan = page(OdaListing.LISTING, ListingQuery.all().withFilter("recipient", "KAZ")
                .withFilter("amountUsdMillions", "-11.92..-5.8"));
        assertEquals(List.of(new BigDecimal("-11.92"), new BigDecimal("-5.8")), column(kazakhstan, "amountUsdMillions"),
                "both ends are included, compared as exact decimals");
        assertEquals(List.of(2012, 2014), column(page(MeetingListing.LISTING, ListingQuery.all()
                .withFilter("year", "2012..2015")), "year"));
        assertTrue(column(page(OdaListing.LISTING, ListingQuery.all().withFilter("amountUsdMillions", "..0")),
                "amountUsdMillions").stream().allMatch(a -> ((BigDecimal) a).signum() <= 0), "an open lower end");
        assertEquals(page(OdaListing.LISTING, ListingQuery.all().withFilter("amountUsdMillions", "１００..")).total(),
                page(OdaListing.LISTING, ListingQuery.all().withFilter("amountUsdMillions", "100..")).total(),
                "full-width digits are digits");
        assertEquals("amountUsdMillions", invalid(OdaListing.LISTING, ListingQuery.all()
                .withFilter("amountUsdMillions", "20..-10.5")));
        assertEquals("amountUsdMillions", invalid(OdaListing.LISTING, ListingQuery.all()
                .withFilter("amountUsdMillions", "ten..20")));
        assertEquals("amountUsdMillions", invalid(OdaListing.LISTING, ListingQuery.all()
                .withFilter("amountUsdMillions", "..")));
    }

    @Test
    void listsShowTheNamesOfTheRecordsTheyPointToWithoutAQueryPerRow() {
        Row astana = page(MeetingListing.LISTING, ListingQuery.all().withFilter("id", "1300")).rows().get(0);
        assertEquals(1200L, astana.get("initiativeId"));
        assertTrue(((LocalizedText) astana.get("initiative")).getEn().contains("Central Asia"), astana.toString());

        Row visit = page(VisitListing.LISTING, ListingQuery.all().withFilter("personId", "1103")).rows().get(0);
        assertEquals("川口順子", visit.get("personOriginal"));
        assertEquals("Kawaguchi Yoriko", ((LocalizedText) visit.get("person")).getEn());
        assertTrue(page(VisitListing.LISTING, ListingQuery.all().withFilter("person", "kawaguchi")).total() >= 1,
                "the visitor's name is filtered like any text");
        assertTrue(page(VisitListing.LISTING, ListingQuery.all().withText("川口")).total() >= 1,
                "and searched");
    }

    @Test
    void aRelationIsFilteredByItsElements() {
        assertTrue(column(page(VisitListing.LISTING, ListingQuery.all().withFilter("destinations", "kaz")),
                "destinations").stream().allMatch(d -> ((List<?>) d).contains("KAZ")));
        assertEquals(List.of(1103L), column(page(PersonListing.LISTING, ListingQuery.all()
                .withFilter("offices", "外務大臣").withFilter("name", "kawaguchi")), "id"));
        assertEquals("citationIds", invalid(OdaListing.LISTING, ListingQuery.all().withFilter("citationIds", "x")));
    }

    @Test
    void relationsKeepTheirOrderAndShape() {
        Row footnote7 = page(CitationListing.LISTING, ListingQuery.all().withFilter("footnote", "7")).rows().get(0);
        assertEquals(List.of(2006L, 2007L), footnote7.get("sourceIds"), "printed order");

        Row dialogue = page(InitiativeListing.LISTING, ListingQuery.all().withFilter("id", "1200")).rows().get(0);
        assertEquals(List.of(Map.of("country", "JPN", "role", "MEMBER"), Map.of("country", "KAZ", "role", "MEMBER"),
                Map.of("country", "KGZ", "role", "MEMBER"), Map.of("country", "TJK", "role", "MEMBER"),
                Map.of("country", "TKM", "role", "OBSERVER"), Map.of("country", "UZB", "role", "MEMBER")),
                dialogue.get("members"));

        Row kawaguchi = page(PersonListing.LISTING, ListingQuery.all().withFilter("id", "1103")).rows().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> office = ((List<Map<String, Object>>) kawaguchi.get("offices")).get(0);
        assertEquals(new LocalizedText("外務大臣", "Minister for Foreign Affairs"), office.get("title"));
        assertEquals(2004, office.get("yearFrom"));

        Row source = page(SourceListing.LISTING, ListingQuery.all().withFilter("id", "2006")).rows().get(0);
        assertEquals(List.of(2107L), source.get("citationIds"), "the citations that cite it");
        Row tableOne = page(CitationListing.LISTING, ListingQuery.all().withFilter("label", "表一")).rows().get(0);
        assertTrue(((List<?>) tableOne.get("recordIds")).containsAll(List.of(1300L, 1306L)), "Table 1's meetings");
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        Statistics statistics = article.get().factory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        // a count, the page, then one query per relation
        Map<Listing, Integer> expected = Map.of(OdaListing.LISTING, 3, VisitListing.LISTING, 4,
                SourceListing.LISTING, 4, CitationListing.LISTING, 5, PersonListing.LISTING, 4);
        expected.forEach((listing, statements) -> {
            statistics.clear();
            assertEquals(5, page(listing, ListingQuery.all().page(0, 5)).rows().size());
            long small = statistics.getPrepareStatementCount();
            statistics.clear();
            assertTrue(page(listing, ListingQuery.all().page(0, 45)).rows().size() > 5);
            long large = statistics.getPrepareStatementCount();

            assertEquals(small, large, listing.name());
            assertEquals(statements, (int) large, listing.name());
        });
        statistics.clear();
        page(OdaListing.LISTING, ListingQuery.all().withCountry("KAZ").withText("oecd").page(0, 45));
        assertEquals(4, statistics.getPrepareStatementCount(), "plus one to check the country code");
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void filterMenusOfferExactlyTheValuesThatOccurInPublishedRecords() {
        Map<Listing, List<String>> filtered = Map.of(
                OdaListing.LISTING, List.of("recipient", "donor", "flow"),
                VisitListing.LISTING, List.of("destinations", "origin"),
                InitiativeListing.LISTING, List.of("members", "proposerCountry", "kind"),
                CountryListing.LISTING, List.of("region", "actorType"));
        filtered.forEach((listing, columns) -> columns.forEach(column -> {
            Set<String> offered = article.get().inTransaction(em -> new ListingReader(em).occurring(listing, column));
            Set<String> shown = new TreeSet<>();
            for (Row row : page(listing, ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)).rows()) {
                Object value = row.get(column);
                for (Object item : value instanceof List<?> list ? list : java.util.Collections.singletonList(value)) {
                    Object code = item instanceof Map<?, ?> member ? member.get("country") : item;
                    if (code != null) {
                        shown.add(code instanceof Enum<?> constant ? constant.name() : code.toString());
                    }
                }
            }
            assertEquals(shown, offered, listing.name() + "." + column);
            offered.forEach(value -> assertTrue(page(listing, ListingQuery.all().withFilter(column, value)
                    .page(0, 0)).total() > 0, listing.name() + "." + column + "=" + value + " matches"));
        }));
        long countries = page(CountryListing.LISTING, ListingQuery.all().page(0, 0)).total();
        Set<String> recipients = article.get().inTransaction(em -> new ListingReader(em).occurring(OdaListing.LISTING,
                "recipient"));
        assertTrue(!recipients.isEmpty() && recipients.size() < countries, "Table 2 names a few recipients: " + recipients);
    }

    @Test
    void refusesWhatItCannotAnswerNamingTheParameter() {
        assertEquals("sort", invalid(OdaListing.LISTING, ListingQuery.all().sortedBy(SortKey.parse("nope"))));
        assertEquals("sort", invalid(OdaListing.LISTING, ListingQuery.all().sortedBy(SortKey.parse("citationIds"))));
        assertEquals("country", invalid(OdaListing.LISTING, ListingQuery.all().withCountry("XXX")));
        assertEquals("country", invalid(CitationListing.LISTING, ListingQuery.all().withCountry("KAZ")));
        assertEquals("yearFrom", invalid(PersonListing.LISTING, ListingQuery.all().withYears(2000, null)));
        assertEquals("level", invalid(MeetingListing.LISTING, ListingQuery.all().withFilter("level", "TEA")));
        assertEquals("year", invalid(OdaListing.LISTING, ListingQuery.all().withFilter("year", "abc")));
        assertEquals("limit", assertThrows(InvalidQueryException.class,
                () -> ListingQuery.all().page(0, ListingQuery.MAX_LIMIT + 1)).getParameter());
        assertEquals("yearTo", assertThrows(InvalidQueryException.class,
                () -> ListingQuery.all().withYears(2015, 2012)).getParameter());
        assertEquals("sort", assertThrows(InvalidQueryException.class, () -> SortKey.parse("year,,-")).getParameter());
    }

    private static String invalid(Listing listing, ListingQuery query) {
        return assertThrows(InvalidQueryException.class, () -> page(listing, query)).getParameter();
    }
}
