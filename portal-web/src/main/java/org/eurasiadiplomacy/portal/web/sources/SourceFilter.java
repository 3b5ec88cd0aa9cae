package org.eurasiadiplomacy.portal.web.sources;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;

/**
 * The bibliography's filters as GET parameters, shared by the page and its downloads so that a download holds
 * exactly the sources the page shows.
 *
 * @param text free text ({@code q}), or empty
 * @param type a {@code SourceType} name ({@code type}), or empty
 * @param yearFrom the first year ({@code yearFrom}), as typed, or empty
 * @param yearTo the last year ({@code yearTo}), as typed, or empty
 */
public record SourceFilter(String text, String type, String yearFrom, String yearTo) {

    public SourceFilter {
        text = clean(text);
        type = clean(type);
        yearFrom = clean(yearFrom);
        yearTo = clean(yearTo);
    }

    public static SourceFilter of(HttpServletRequest request) {
        return new SourceFilter(request.getParameter("q"), request.getParameter("type"),
                request.getParameter("yearFrom"), request.getParameter("yearTo"));
    }

    public boolean isActive() {
        return !(text.isEmpty() && type.isEmpty() && yearFrom.isEmpty() && yearTo.isEmpty());
    }

    /** The catalog query, first page; an unknown type or a year that is not a number is refused. */
    public ListingQuery query() {
        ListingQuery query = ListingQuery.all().withText(text).withYears(year("yearFrom", yearFrom),
                year("yearTo", yearTo));
        return type.isEmpty() ? query : query.withFilter("type", type);
    }

    /** The filters as a query string ({@code q=…&type=…}), empty when there are none. */
    public String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", text);
        parameters.put("type", type);
        parameters.put("yearFrom", yearFrom);
        parameters.put("yearTo", yearTo);
        return parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Integer year(String name, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, "must be a year, not " + InvalidQueryException.quoted(value));
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
