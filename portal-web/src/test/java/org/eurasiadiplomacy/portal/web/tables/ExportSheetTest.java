package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.web.tables.PageColumns.PageColumn;
import org.junit.jupiter.api.Test;

/**
 * The exported table is the page's: its columns and headings (read from the real pages), labels instead of
 * codes, countries by name with the ISO code beside them, lists as text and footnotes as printed.
 */
class ExportSheetTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.TRADITIONAL_CHINESE;
    private static final Map<String, LocalizedText> COUNTRIES = Map.of(
            "JPN", new LocalizedText("日本", "Japan"), "KAZ", new LocalizedText("哈薩克", "Kazakhstan"),
            "UZB", new LocalizedText("烏茲別克", "Uzbekistan"));
    /** Citation 2142 prints as footnote 14; 2200 as the article's first table. */
    private static final Map<Long, String> FOOTNOTES = Map.of(2142L, "14", 2200L, "表一");

    @Test
    void odaRowsInEnglishWithTheShownColumnsOnly() throws IOException {
        List<PageColumn> shown = page("oda").stream()
                .filter(column -> List.of("recipient", "year", "amountUsdMillions", "flow").contains(column.field()))
                .toList();

        List<List<String>> table = sheet(EN).table(OdaListing.LISTING, shown, List.of(odaRow()));

        assertEquals(header(EN), table.get(0));
        assertEquals(List.of("Kazakhstan", "KAZ", "2010", "-1.46", label(EN, "enum.OdaFlow.NET_DISBURSEMENTS"),
                "14, Table 1"), table.get(1));
    }

    @Test
    void odaRowsInChineseUseTheChineseLabels() throws IOException {
        List<PageColumn> shown = page("oda").stream().filter(column -> column.field().equals("flow")).toList();

        List<List<String>> table = sheet(ZH).table(OdaListing.LISTING, shown, List.of(odaRow()));

        assertEquals(List.of(label(ZH, "tables.oda.flow"), label(ZH, "table.footnotes")), table.get(0));
        assertEquals(List.of(label(ZH, "enum.OdaFlow.NET_DISBURSEMENTS"), "14、表一"), table.get(1));
        assertTrue(!table.get(1).get(0).equals("NET_DISBURSEMENTS"), "a label, not the code");
    }

    @Test
    void officesAndMembersAreReadableText() throws IOException {
        Row person = new Row(values(Map.of("id", 7L, "nameOriginal", "安倍晉三",
                "name", new LocalizedText("安倍晉三", "Abe Shinzō"), "country", "JPN",
                "offices", List.of(office("首相", "prime minister", 2012, 2020), office("學者", "scholar", null, null)),
                "citationIds", List.of(2142L))));
        List<PageColumn> people = page("people").stream().filter(c -> c.field().equals("offices")).toList();
        assertEquals(List.of("Prime minister (2012–2020), Scholar", "14"),
                sheet(EN).table(PersonListing.LISTING, people, List.of(person)).get(1));

        Row initiative = new Row(values(Map.of("id", 8L, "members", List.of(member("KAZ", "MEMBER"),
                member("UZB", "OBSERVER")), "citationIds", List.of())));
        List<PageColumn> members = page("initiatives").stream().filter(c -> c.field().equals("members")).toList();
        assertEquals(List.of("Kazakhstan, Uzbekistan (observer)", ""),
                sheet(EN).table(InitiativeListing.LISTING, members, List.of(initiative)).get(1));
        assertEquals("哈薩克、烏茲別克（觀察員）",
                sheet(ZH).table(InitiativeListing.LISTING, members, List.of(initiative)).get(1).get(0));
    }

    @Test
    void everyTablePageDeclaresColumnsOfItsListingWithHeadingsInBothLanguages() throws IOException {
        for (var listing : Tables.LISTINGS) {
            List<PageColumn> columns = page(pageOf(listing.name()));
            assertTrue(!columns.isEmpty(), listing.name());
            for (PageColumn column : columns) {
                assertTrue(listing.column(column.field()).isPresent(), listing.name() + " lists " + column.field());
                assertTrue(!label(EN, column.labelKey()).isEmpty() && !label(ZH, column.labelKey()).isEmpty());
            }
        }
        assertTrue(page("people").stream().anyMatch(column -> !column.visible()), "nameOriginal starts hidden");
    }

    @Test
    void theAboutSheetNamesSourceUnitsLicenceDateAndView() {
        ExportAbout about = new ExportAbout(ExportAbout.bundle(EN), "http://localhost/oda.xhtml?recipient=KAZ",
                LocalDate.of(2026, 12, 4), 3);
        List<List<String>> rows = about.rows();
        assertEquals(List.of("Item", "Value"), rows.get(0));
        assertTrue(rows.get(1).get(1).contains("Review of Global Politics") && rows.get(1).get(1).contains("No. 71"));
        assertEquals(List.of("Exported on (UTC)", "2026-12-04"), rows.get(4));
        assertEquals(List.of("Address of this view", "http://localhost/oda.xhtml?recipient=KAZ"), rows.get(5));
        assertEquals(List.of("<http://localhost/oda.xhtml?recipient=KAZ>; rel=\"alternate\"; type=\"text/html\""),
                about.links());
        assertEquals("說明", ExportAbout.bundle(ZH).getString("export.about.sheet"));
    }

    private static List<String> header(Locale locale) {
        return List.of(label(locale, "oda.table.recipient"),
                label(locale, "oda.table.recipient") + " (ISO code)", label(locale, "table.year"),
                label(locale, "tables.oda.amount"), label(locale, "tables.oda.flow"), label(locale, "table.footnotes"));
    }

    private static Row odaRow() {
        return new Row(values(Map.of("id", 1600L, "donor", "JPN", "recipient", "KAZ", "year", 2010,
                "amountUsdMillions", new BigDecimal("-1.46"), "flow", "NET_DISBURSEMENTS", "dataset", "OECD TABLE2A",
                "citationIds", List.of(2142L, 2200L, 9999L))));
    }

    private static Map<String, Object> values(Map<String, Object> values) {
        return new LinkedHashMap<>(values);
    }

    private static Map<String, Object> office(String zh, String en, Integer from, Integer to) {
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("title", new LocalizedText(zh, en));
        office.put("yearFrom", from);
        office.put("yearTo", to);
        return office;
    }

    private static Map<String, Object> member(String country, String role) {
        return Map.of("country", country, "role", role);
    }

    private static ExportSheet sheet(Locale locale) {
        return new ExportSheet(locale, ExportAbout.bundle(locale), COUNTRIES, FOOTNOTES);
    }

    private static String label(Locale locale, String key) {
        return ExportAbout.bundle(locale).getString(key);
    }

    private static String pageOf(String listing) {
        return org.eurasiadiplomacy.portal.kinds.RecordKind.inMenu().stream()
                .filter(kind -> kind.hasTable() && kind.listing().name().equals(listing)).findFirst()
                .orElseThrow().listPage().orElseThrow().name();
    }

    private static List<PageColumn> page(String name) throws IOException {
        return PageColumns.of(Files.readString(Path.of("src/main/webapp", name + ".xhtml"), StandardCharsets.UTF_8));
    }
}
