package org.eurasiadiplomacy.portal.web.curation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.eurasiadiplomacy.portal.curation.Curation;
import org.eurasiadiplomacy.portal.curation.EditConflict;
import org.eurasiadiplomacy.portal.curation.InvalidRecord;
import org.eurasiadiplomacy.portal.curation.RecordForm;
import org.eurasiadiplomacy.portal.curation.RecordNotFound;
import org.eurasiadiplomacy.portal.curation.RevisionEntry;
import org.eurasiadiplomacy.portal.web.accounts.Messages;

/**
 * Backs /admin/history.xhtml?id=: every revision of one record, newest first, each field from what to what,
 * and a restore of any earlier revision (which the history then shows as a revision of its own).
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Curation curation;

    private Long id;
    private RecordForm record;
    private List<RevisionEntry> revisions;

    /**
     * Opens the history of {@code ?id=}, once per view. An unknown or malformed id leaves no record, which
     * {@link #load()} answers with 404 before anything renders.
     */
    @PostConstruct
    void open() {
        try {
            id = Long.valueOf(String.valueOf(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id")).strip());
            reload();
        } catch (NumberFormatException | RecordNotFound missing) {
            record = null;
        }
    }

    /** preRenderView: no record behind the URL is the portal's 404 page, not the generic error page. */
    public void load() throws IOException {
        if (record == null) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public void restore(RevisionEntry revision) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            RecordForm restored = curation.restoreRevision(id, record.getVersion(), revision.number());
            if (restored.getVersion() == record.getVersion()) {
                Messages.info(faces, "curation.unchanged");
            } else {
                Messages.info(faces, "curation.history.restored", revision.number());
            }
        } catch (EditConflict stale) {
            Messages.error(faces, "curation.conflict.status");
        } catch (InvalidRecord invalid) {
            Messages.error(faces, "curation.history.invalid");
        }
        reload();
    }

    private void reload() {
        record = curation.edit(id);
        // the records a change refers to by their names in the reader's language (issue 16, item 6)
        revisions = curation.history(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public RecordForm getRecord() {
        return record;
    }

    public List<RevisionEntry> getRevisions() {
        return revisions;
    }
}
