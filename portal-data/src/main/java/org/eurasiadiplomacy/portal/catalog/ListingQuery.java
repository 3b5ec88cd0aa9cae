package org.eurasiadiplomacy.portal.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a reader asks of a listing: free text, a country, a range of years, filters on single fields,
 * an order and a page. Immutable; the {@code with…} methods return changed copies.
 *
 * @param text free text, or null; every word must occur in one of the searched columns
 * @param country an ISO 3166-1 alpha-3 code, or null
 * @param yearFrom the first year, or null
 * @param yearTo the last year, or null
 * @param filters field name to the value it must hold (text fields: contain), in the order given
 * @param sort the order; empty for the listing's default
 * @param offset how many matching records to skip
 * @param limit how many to return at most, from 0 (just count) to {@link #MAX_LIMIT}
 */
public record ListingQuery(String text, String country, Integer yearFrom, Integer yearTo,
        Map<String, String> filters, List<SortKey> sort, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public ListingQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new InvalidQueryException("country", "\"" + country + "\" is not an ISO 3166-1 alpha-3 code");
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidQueryException("yearTo", "yearTo (" + yearTo + ") is before yearFrom (" + yearFrom + ")");
        }
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        sort = List.copyOf(sort);
        if (offset < 0) {
            throw new InvalidQueryException("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit", "must be between 0 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Everything, in the default order, first page. */
    public static ListingQuery all() {
        return new ListingQuery(null, null, null, null, Map.of(), List.of(), 0, DEFAULT_LIMIT);
    }

    public ListingQuery withText(String newText) {
        return new ListingQuery(newText, country, yearFrom, yearTo, filters, sort, offset, limit);
    }

    public ListingQuery withCountry(String code) {
        return new ListingQuery(text, code, yearFrom, yearTo, filters, sort, offset, limit);
    }

    public ListingQuery withYears(Integer from, Integer to) {
        return new ListingQuery(text, country, from, to, filters, sort, offset, limit);
    }

    public ListingQuery withFilter(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(field, value);
        return new ListingQuery(text, country, yearFrom, yearTo, more, sort, offset, limit);
    }

    public ListingQuery sortedBy(List<SortKey> keys) {
        return new ListingQuery(text, country, yearFrom, yearTo, filters, keys, offset, limit);
    }

    public ListingQuery page(int newOffset, int newLimit) {
        return new ListingQuery(text, country, yearFrom, yearTo, filters, sort, newOffset, newLimit);
    }
}
