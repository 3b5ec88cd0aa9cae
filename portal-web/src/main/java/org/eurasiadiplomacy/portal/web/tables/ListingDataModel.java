package org.eurasiadiplomacy.portal.web.tables;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.catalog.SortKey;
import org.eurasiadiplomacy.portal.web.i18n.SupportedLanguage;
import org.primefaces.PrimeFaces;
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
    static final String PAGE_REPORT = "pageReport";

    private final transient Catalog catalog;
    private final transient Listing listing;
    private transient ListingQuery countedQuery;
    private long countedTotal;
    private String problem;
    private String sortParameter = "";
    private String pageReport = "";
    private final transient Map<String, List<String>> choices = new HashMap<>();

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
            report(first, pageSize, total);
            List<SortKey> keys = sortKeys(sortBy);
            sortParameter = keys.stream().map(key -> (key.descending() ? "-" : "") + key.field())
                    .collect(Collectors.joining(","));
            return first >= total ? List.of() : catalog.rows(listing, filtered.sortedBy(TableQueries.inLanguage(
                    listing, keys, SupportedLanguage.of(FacesContext.getCurrentInstance().getViewRoot().getLocale())))
                    .page(first, Math.min(pageSize, ListingQuery.MAX_LIMIT)));
        } catch (InvalidQueryException e) {
            reportInvalid(e);
            setRowCount(0);
            report(0, pageSize, 0);
            return List.of();
        }
    }

    /**
     * The paginator's "1–25 of 310 records", "1 record" or "No records", formatted here because PrimeFaces'
     * own template knows no plurals: the first render takes it as its template (it holds no placeholders), and
     * every table request sends it along for listing-table.js to put in place.
     */
    private void report(int first, int pageSize, long total) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        pageReport = new MessageFormat(msg.getString("tables.pageReport"), faces.getViewRoot().getLocale())
                .format(new Object[] {first + 1, Math.min(first + (long) pageSize, total), total});
        if (PrimeFaces.current().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam(PAGE_REPORT, pageReport);
        }
    }

    /** What the paginator says about the rows shown, in the reader's language. */
    public String getPageReport() {
        return pageReport;
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

    /**
     * The order the rows were read in, in the address's form ({@code name,-year}): a column's default order
     * (t:column's defaultOrder) is in no address, yet the export must follow it.
     */
    public String getSortParameter() {
        return sortParameter;
    }

    public String getName() {
        return listing.name();
    }

    /**
     * The choices of a column's filter menu: the values that occur in published records, so that none gives an
     * empty table. An enumerated column's constants come in declaration order, a country column's codes as
     * {@link CountryNames#options(java.util.Collection)} orders their names. Read once per request and column.
     */
    public List<String> choices(String field) {
        return choices.computeIfAbsent(field, f -> {
            Set<String> occurring = catalog.occurring(listing, f);
            return listing.column(f).filter(Field.class::isInstance).map(Field.class::cast)
                    .filter(column -> column.enumType() != null)
                    .map(column -> Arrays.stream(column.enumType().getEnumConstants()).map(Enum::name)
                            .filter(occurring::contains).toList())
                    .orElseGet(() -> List.copyOf(occurring));
        });
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
