package org.eurasiadiplomacy.portal.web.tables;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a catalog listing: every filter, sort, page and count runs in the database,
 * a constant number of statements per request. Filters mean what they mean in the address ({@link TableQueries}).
 */
public class ListingDataModel extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;
    static final String GLOBAL_FILTER = "globalFilter";

    private final transient Catalog catalog;
    private final transient Listing listing;
    private transient ListingQuery countedQuery;
    private long countedTotal;
    private String problem;

    public ListingDataModel(Catalog catalog, Listing listing) {
        this.catalog = catalog;
        this.listing = listing;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return Math.toIntExact(total(query(filterBy)));
        } catch (InvalidQueryException e) {
            reportInvalid(e);
            return 0;
        }
    }

    @Override
    public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            ListingQuery filtered = query(filterBy);
            long total = total(filtered);
            setRowCount(Math.toIntExact(total));
            return first >= total ? List.of() : catalog.rows(listing, filtered.sortedBy(sortKeys(sortBy))
                    .page(first, Math.min(pageSize, ListingQuery.MAX_LIMIT)));
        } catch (InvalidQueryException e) {
            reportInvalid(e);
            setRowCount(0);
            return List.of();
        }
    }

    /** PrimeFaces asks for the count and then for the rows: the count of the same filters is read once. */
    private long total(ListingQuery filtered) {
        if (!filtered.equals(countedQuery)) {
            countedTotal = catalog.page(listing, filtered.page(0, 0)).total();
            countedQuery = filtered;
        }
        return countedTotal;
    }

    @Override
    public String getRowKey(Row row) {
        return Long.toString(row.id());
    }

    /** What was wrong with the reader's filters, in their language, or null: the table says it where rows would be. */
    public String getProblem() {
        return problem;
    }

    public String getName() {
        return listing.name();
    }

    /** The choices of an enumerated column's filter: the names of its enum's constants, in declaration order. */
    public List<String> choices(String field) {
        return listing.column(field).filter(Field.class::isInstance).map(Field.class::cast)
                .filter(f -> f.enumType() != null)
                .map(f -> Arrays.stream(f.enumType().getEnumConstants()).map(Enum::name).toList())
                .orElseThrow(() -> new IllegalArgumentException(listing.name() + " has no enumerated field " + field));
    }

    /** The filters as the address names them (column field, or q for the global search), then the catalog query. */
    private ListingQuery query(Map<String, FilterMeta> filterBy) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (FilterMeta filter : filterBy.values()) {
            Object value = filter.getFilterValue();
            if (value != null) {
                parameters.put(filter.isGlobalFilter() || GLOBAL_FILTER.equals(filter.getField())
                        ? TableQueries.TEXT : filter.getField(), value.toString());
            }
        }
        return TableQueries.query(listing, parameters);
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

    /**
     * A filter the reader typed that the listing cannot apply: said in the reader's language, naming the
     * column by its heading, with no stack trace. It is shown in the table's body (its empty message), which
     * every filter request renders again, after the rows were asked for.
     */
    private void reportInvalid(InvalidQueryException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String field = e.getParameter();
        String column = field;
        if (UIComponent.getCurrentComponent(faces) instanceof DataTable table) {
            column = table.getColumns().stream().filter(c -> field.equals(c.getField())).findFirst()
                    .map(UIColumn::getHeaderText).orElse(field);
        }
        problem = MessageFormat.format(msg.getString("tables.invalidFilter"), column);
    }
}
