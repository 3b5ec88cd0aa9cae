package org.eurasiadiplomacy.portal.web.curation;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.curation.Curation;
import org.eurasiadiplomacy.portal.curation.RecordSummary;
import org.eurasiadiplomacy.portal.curation.RecordsQuery;
import org.eurasiadiplomacy.portal.curation.StatusFilter;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The administrators' list of records as a PrimeFaces lazy model (issue 16, item 2): the search, the order, the
 * page and the count are the database's ({@link Curation#page}, {@link Curation#count}), one sort column at a
 * time. The kind and status come from the page's filter form.
 */
public class RecordsDataModel extends LazyDataModel<RecordSummary> {

    private static final long serialVersionUID = 1L;
    private static final String GLOBAL_FILTER = "globalFilter";

    /** The service's CDI proxy, which is serializable with the view-scoped page that holds this model. */
    private final Curation curation;
    private RecordKind kind;
    private StatusFilter status;

    RecordsDataModel(Curation curation, StatusFilter status) {
        this.curation = curation;
        this.status = status;
    }

    void filter(RecordKind kind, StatusFilter status) {
        this.kind = kind;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(curation.count(query(filterBy, Map.of())));
    }

    @Override
    public List<RecordSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return curation.page(query(filterBy, sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(RecordSummary row) {
        return Long.toString(row.id());
    }

    @Override
    public RecordSummary getRowData(String rowKey) {
        List<RecordSummary> shown = getWrappedData();
        return shown == null ? null
                : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    private RecordsQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        String text = filterBy.values().stream()
                .filter(f -> f.isGlobalFilter() || GLOBAL_FILTER.equals(f.getField()))
                .map(FilterMeta::getFilterValue).filter(v -> v != null).map(Object::toString).findFirst().orElse(null);
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        return new RecordsQuery(kind, status, text, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
