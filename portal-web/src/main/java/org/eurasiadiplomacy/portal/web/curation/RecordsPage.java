package org.eurasiadiplomacy.portal.web.curation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.eurasiadiplomacy.portal.curation.Curation;
import org.eurasiadiplomacy.portal.curation.EditConflict;
import org.eurasiadiplomacy.portal.curation.InvalidRecord;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.curation.RecordSummary;
import org.eurasiadiplomacy.portal.curation.StatusFilter;
import org.eurasiadiplomacy.portal.web.accounts.Messages;

/**
 * Backs /admin/records.xhtml (every record, drafts included, filtered by kind and status) and
 * /admin/trash.xhtml (the same list fixed to the trash), as a lazy table ({@link RecordsDataModel}). Row
 * actions send the version the row showed.
 */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Curation curation;

    private RecordKind kind;
    private StatusFilter status = StatusFilter.ACTIVE;
    private RecordsDataModel rows;
    /** The table's search, first from the address ({@code ?q=}, so a search can be linked), then as typed. */
    private String search;

    /** The list, searched, sorted and paged in the database. */
    public RecordsDataModel getRows() {
        return rows;
    }

    /** Opens on the trash when the page asks ({@code /admin/trash.xhtml}), else on every record not in it. */
    @PostConstruct
    void open() {
        if (FacesContext.getCurrentInstance().getViewRoot().getViewId().endsWith("/trash.xhtml")) {
            status = StatusFilter.TRASH;
        }
        rows = new RecordsDataModel(curation, status);
        search = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
    }

    /** The filter form's submit: the list is read again with the chosen filters. */
    public void filter() {
        rows.filter(kind, status);
    }

    public void publish(RecordSummary row) {
        act(() -> curation.publish(row.id(), row.version()), "curation.published");
    }

    public void unpublish(RecordSummary row) {
        act(() -> curation.unpublish(row.id(), row.version()), "curation.unpublished");
    }

    public void moveToTrash(RecordSummary row) {
        act(() -> curation.moveToTrash(row.id(), row.version()), "curation.trashed");
    }

    public void restoreFromTrash(RecordSummary row) {
        act(() -> curation.restoreFromTrash(row.id(), row.version()), "curation.restored");
    }

    private void act(Runnable change, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            Messages.info(faces, done);
        } catch (EditConflict stale) {
            Messages.error(faces, "curation.conflict.status");
        } catch (InvalidRecord refused) {
            refused.problems().forEach(problem -> Messages.error(faces, "curation.problem." + problem.reason()));
        }
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public StatusFilter[] getStatuses() {
        return StatusFilter.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public StatusFilter getStatus() {
        return status;
    }

    public void setStatus(StatusFilter status) {
        this.status = status;
    }
}
