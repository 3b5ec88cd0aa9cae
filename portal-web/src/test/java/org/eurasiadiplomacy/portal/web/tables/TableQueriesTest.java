package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.web.i18n.SupportedLanguage;
import org.junit.jupiter.api.Test;

/** The address of a table, read as a catalog query: the same for the page and for its export. */
class TableQueriesTest {

    @Test
    void columnsSearchAndYearRangesBecomeCatalogFilters() {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("lang", "en");
        address.put("q", "oecd");
        address.put("recipient", "KAZ");
        address.put("year", "２０１２～２０１５");
        address.put("amountUsdMillions", "-10.5..20");
        address.put("dataset", " ");
        address.put("tableForm:table_first", "25");

        ListingQuery query = TableQueries.query(OdaListing.LISTING, address);

        assertEquals("oecd", query.text());
        assertEquals(Map.of("recipient", "KAZ", "year", "2012..2015", "amountUsdMillions", "-10.5..20"),
                query.filters(), "names that are no column (lang, the form's fields) and blank values are ignored");
        assertNull(query.country());
    }

    @Test
    void namesSortInTheReadersLanguageFirstAndOtherFieldsAsAsked() {
        List<SortKey> asked = SortKey.parse("-name,country");

        assertEquals(SortKey.parse("-name.zh,-name.en,country"),
                TableQueries.inLanguage(PersonListing.LISTING, asked, SupportedLanguage.ZH_TW));
        assertEquals(SortKey.parse("-name.en,-name.zh,country"),
                TableQueries.inLanguage(PersonListing.LISTING, asked, SupportedLanguage.EN));
        assertEquals(SortKey.parse("name.zh"), TableQueries.inLanguage(PersonListing.LISTING,
                SortKey.parse("name.zh"), SupportedLanguage.EN), "a key that names its language keeps it");
    }

    @Test
    void yearsAreWrittenInTheWaysReadersWriteThem() {
        assertEquals("2012..2015", TableQueries.years("2012-2015"));
        assertEquals("2012..2015", TableQueries.years(" 2012 – 2015 "));
        assertEquals("2012..2015", TableQueries.years("2012..2015"));
        assertEquals("2004", TableQueries.years("２００４"));
        assertEquals("2012..", TableQueries.years("2012.."), "an open range goes on to the catalog as it is");
        assertEquals("abc", TableQueries.years("abc"), "and so does nonsense, for the catalog to refuse by name");
    }

    @Test
    void theOrderIsTheApisForm() {
        assertEquals(List.of(new SortKey("year", false), new SortKey("amountUsdMillions", true)),
                TableQueries.sort("year,-amountUsdMillions"));
        assertEquals(List.of(), TableQueries.sort(null));
    }
}
