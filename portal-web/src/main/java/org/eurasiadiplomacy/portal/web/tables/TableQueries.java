package org.eurasiadiplomacy.portal.web.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.ListingReader;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.eurasiadiplomacy.portal.web.i18n.SupportedLanguage;

/**
 * A table's state as the reader sees it in the address bar, turned into a catalog query. The same parameters
 * drive the page (on its first GET and on every postback, whose address carries them) and the export, so the
 * file holds exactly the rows on screen:
 * <ul>
 * <li>{@code q}: the global search;</li>
 * <li>one parameter per filtered column, named after its field: {@code recipient=KAZ}, {@code name=川口},
 * {@code year=2012-2015}, {@code amountUsdMillions=-10.5..20};</li>
 * <li>{@code sort}: the API's form, {@code year,-amountUsdMillions}; a name sorts by its form in the reader's
 * language first ({@link #inLanguage});</li>
 * <li>{@code first} and {@code rows}: the page (ignored by the export, which takes every matching row).</li>
 * </ul>
 * Parameters that name no column are ignored, as the API ignores unknown names.
 */
final class TableQueries {

    static final String TEXT = "q";
    static final String SORT = "sort";
    static final String FIRST = "first";
    static final String ROWS = "rows";

    /** A year, or two joined by a dash, a tilde or "..": "2012-2015", "２０１２～２０１５", "2012..2015". */
    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})\\s*(?:(?:-|–|~|\\.\\.)\\s*(\\d{1,4}))?");

    private TableQueries() {
    }

    /** The catalog query for these parameters, unpaged and unsorted. */
    static ListingQuery query(Listing listing, Map<String, String> parameters) {
        ListingQuery query = ListingQuery.all();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            if (TEXT.equals(name)) {
                query = query.withText(value);
            } else if (!"id".equals(name) && listing.column(name).isPresent()) {
                query = query.withFilter(name, listing.yearField().filter(name::equals).isPresent()
                        ? years(value) : value);
            }
        }
        return query;
    }

    /** The order asked for in {@code sort}, or the listing's default when there is none. */
    static List<SortKey> sort(String sort) {
        return sort == null || sort.isBlank() ? List.of() : SortKey.parse(sort);
    }

    /**
     * The order as the reader reads it: a localized field (a name) without a language of its own sorts by its
     * form in the reader's language, then by the other one; the database's order of that text is the order of
     * its characters (for Chinese, the Unicode radical-and-stroke order).
     */
    static List<SortKey> inLanguage(Listing listing, List<SortKey> keys, SupportedLanguage language) {
        List<SortKey> localized = new ArrayList<>();
        for (SortKey key : keys) {
            boolean named = listing.column(key.field()).filter(Field.class::isInstance).map(Field.class::cast)
                    .filter(field -> field.type() == ColumnType.LOCALIZED_TEXT).isPresent();
            if (named) {
                String first = language == SupportedLanguage.ZH_TW ? ".zh" : ".en";
                String second = language == SupportedLanguage.ZH_TW ? ".en" : ".zh";
                localized.add(new SortKey(key.field() + first, key.descending()));
                localized.add(new SortKey(key.field() + second, key.descending()));
            } else {
                localized.add(key);
            }
        }
        return localized;
    }

    /** A year filter in the catalog's range form; what is not a year or a range goes on, for the catalog to refuse. */
    static String years(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        Matcher range = YEARS.matcher(text);
        if (!range.matches()) {
            return text;
        }
        return range.group(2) == null ? range.group(1) : range.group(1) + ListingReader.RANGE + range.group(2);
    }
}
