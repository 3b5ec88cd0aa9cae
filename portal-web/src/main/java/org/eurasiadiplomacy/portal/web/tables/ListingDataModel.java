package org.eurasiadiplomacy.portal.web.tables;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.Page;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a catalog listing: every filter, sort, page and count runs in the database,
 * a constant number of statements per request. A year column also takes a range ("2012-2015").
 */
public class ListingDataModel extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;
    static final String GLOBAL_FILTER = "globalFilter";
    private static final Pattern YEAR_RANGE = Pattern.compile("\\s*(\\d{4})\\s*(?:[-–~～]\\s*(\\d{4}))?\\s*");

    private final transient Catalog catalog;
    private final transient Listing listing;

    public ListingDataModel(Catalog catalog, Listing listing) {
        this.catalog = catalog;
        this.listing = listing;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return Math.toIntExact(catalog.page(listing, query(filterBy).page(0, 0)).total());
        } catch (InvalidQueryException e) {
            reportInvalid(e);
            return 0;
        }
    }

    @Override
    public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page page = catalog.page(listing, query(filterBy).sortedBy(sortKeys(sortBy))
                    .page(first, Math.min(pageSize, ListingQuery.MAX_LIMIT)));
            setRowCount(Math.toIntExact(page.total()));
            return page.rows();
        } catch (InvalidQueryException e) {
            reportInvalid(e);
            setRowCount(0);
            return List.of();
        }
    }

    @Override
    public String getRowKey(Row row) {
        return Long.toString(row.id());
    }

    public String getName() {
        return listing.name();
    }

    private ListingQuery query(Map<String, FilterMeta> filterBy) {
        ListingQuery query = ListingQuery.all();
        for (FilterMeta filter : filterBy.values()) {
            Object value = filter.getFilterValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String text = value.toString();
            if (filter.isGlobalFilter() || GLOBAL_FILTER.equals(filter.getField())) {
                query = query.withText(text);
            } else if (listing.yearField().filter(filter.getField()::equals).isPresent()) {
                query = withYears(query, filter.getField(), text);
            } else {
                query = query.withFilter(filter.getField(), text);
            }
        }
        return query;
    }

    private static ListingQuery withYears(ListingQuery query, String field, String text) {
        Matcher range = YEAR_RANGE.matcher(text);
        if (!range.matches()) {
            throw new InvalidQueryException(field, "\"" + text + "\" is not a year or a range of years");
        }
        int from = Integer.parseInt(range.group(1));
        int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
        return query.withYears(Math.min(from, to), Math.max(from, to));
    }

    /** PrimeFaces' multi-sort, in the order the reader clicked the columns. */
    private static List<SortKey> sortKeys(Map<String, SortMeta> sortBy) {
        List<SortMeta> metas = new ArrayList<>(sortBy.values());
        metas.sort(Comparator.comparingInt(SortMeta::getPriority));
        List<SortKey> keys = new ArrayList<>();
        for (SortMeta meta : metas) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                keys.add(new SortKey(meta.getField(), meta.getOrder() == SortOrder.DESCENDING));
            }
        }
        return keys;
    }

    /** A filter the reader typed that the listing cannot apply: said in the reader's language, no stack trace. */
    private static void reportInvalid(InvalidQueryException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                MessageFormat.format(msg.getString("table.invalidFilter"), e.getParameter()), null));
    }
}
