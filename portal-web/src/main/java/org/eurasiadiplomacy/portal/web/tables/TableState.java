package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.SortKey;

/**
 * The state of the page's table as its address holds it (see {@link TableQueries}): what a shared link
 * restores. The table reads its first filters, order and page from here; the page's script writes the state
 * back into the address (history.replaceState) after every change, and the form posts to that address, so a
 * postback of the transient view starts from the same state. No session is involved.
 */
@Named
@RequestScoped
public class TableState {

    static final int DEFAULT_ROWS = 25;
    private static final String FILTERING = "_filtering";

    @Inject
    HttpServletRequest request;

    private Map<String, String> filters;
    private List<SortKey> sort;

    /**
     * Column field (or {@code q}) to the value in the address. A transient table forgets its filters between
     * requests, so a sort or page request takes them from the address, which the page's script keeps current.
     * A filter request posts every filter input, and those are the truth (the address may still hold a value
     * the reader has just cleared), so then the map starts empty. Writable, because the filter dropdowns bind
     * their value to it.
     */
    public Map<String, String> getFilters() {
        if (filters == null) {
            filters = new HashMap<>();
            if (!isFilterRequest()) {
                request.getParameterMap().forEach((name, values) -> {
                    if (values.length > 0 && !name.contains(":")) {
                        filters.put(name, values[0]);
                    }
                });
            }
        }
        return filters;
    }

    /**
     * The column's place in the order, "ascending", "descending" or "unsorted", as p:column's sortOrder wants.
     * An address without an order takes the page's: {@code defaultOrder} of the column that holds it.
     */
    public String sortOrder(String field, String defaultOrder) {
        if (request.getParameter(TableQueries.SORT) == null) {
            return defaultOrder == null || defaultOrder.isEmpty() ? "unsorted" : defaultOrder;
        }
        return key(field).map(key -> key.descending() ? "descending" : "ascending").orElse("unsorted");
    }

    /** The column's rank in a multi-column order, from 1 (a page's default order is one column). */
    public int sortPriority(String field, String defaultOrder) {
        if (request.getParameter(TableQueries.SORT) == null) {
            return defaultOrder == null || defaultOrder.isEmpty() ? 0 : 1;
        }
        return key(field).map(key -> sort().indexOf(key) + 1).orElse(0);
    }

    public int getFirst() {
        return number(TableQueries.FIRST, 0);
    }

    public int getRows() {
        int rows = number(TableQueries.ROWS, DEFAULT_ROWS);
        return rows > 0 && rows <= 100 ? rows : DEFAULT_ROWS;
    }

    /** The address of this table's rows as a file, with the same filters and order (a default order included). */
    public String exportLink(ListingDataModel model, String format) {
        String query = request.getQueryString();
        if (request.getParameter(TableQueries.SORT) == null && !model.getSortParameter().isEmpty()) {
            String sort = TableQueries.SORT + "=" + URLEncoder.encode(model.getSortParameter(), StandardCharsets.UTF_8);
            query = query == null || query.isEmpty() ? sort : query + "&" + sort;
        }
        return request.getContextPath() + TableExport.PATH + model.getName() + "." + format
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** PrimeFaces marks a table's filter request with {@code <table id>_filtering=true}. */
    private boolean isFilterRequest() {
        return request.getParameterMap().keySet().stream().anyMatch(name -> name.endsWith(FILTERING));
    }

    private Optional<SortKey> key(String field) {
        return sort().stream().filter(key -> key.field().equals(field)).findFirst();
    }

    private List<SortKey> sort() {
        if (sort == null) {
            try {
                sort = TableQueries.sort(request.getParameter(TableQueries.SORT));
            } catch (InvalidQueryException e) {
                // a mangled shared link falls back to the default order rather than failing the page
                sort = List.of();
            }
        }
        return sort;
    }

    private int number(String name, int otherwise) {
        try {
            String value = request.getParameter(name);
            return value == null ? otherwise : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
