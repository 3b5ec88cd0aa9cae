package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.EditOutcome;
import org.eurasiadiplomacy.portal.sources.Option;
import org.eurasiadiplomacy.portal.sources.SourceChangedMeanwhile;
import org.eurasiadiplomacy.portal.sources.SourceEditing;
import org.eurasiadiplomacy.portal.sources.SourceForm;
import org.eurasiadiplomacy.portal.sources.SourceFormField;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.web.accounts.Messages;

/**
 * Backs /staff/source.xhtml (?id=N to edit, none to create). The form keeps the version it was loaded at;
 * saving answers with one of the service's outcomes: saved (back to the page by redirect), nothing changed
 * (a message, no revision), invalid (messages above the form and beside each field),
 * likely duplicates (open one, or save anyway), a conflict (both versions, choose), or refused deletion.
 * Delete asks for confirmation first.
 */
@Named
@ViewScoped
public class SourceEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourceEditing editing;

    private Long id;
    private SourceForm form;
    private List<Option> books;
    private List<Option> notes;
    private Long noteToAdd;
    private List<EditOutcome.DuplicateCandidate> duplicates = List.of();
    private List<EditOutcome.CitingRecord> citing = List.of();
    private ConflictView conflict;
    /** The refusal beside each field, by {@link SourceFormField} name, from the last save. */
    private Map<String, String> problems = Map.of();
    /** Delete was asked for and waits for its confirmation. */
    private boolean confirmingDelete;

    /** The view action: load the source, or start a new one; an unknown id shows the list's "not found". */
    public void open() throws IOException {
        if (form != null) {
            return;
        }
        form = id == null ? new SourceForm() : editing.load(id).orElse(null);
        if (form == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such source");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        books = editing.books();
        notes = editing.notes();
    }

    public void save() throws IOException {
        answer(store(false));
    }

    public void saveAnyway() throws IOException {
        answer(store(true));
    }

    public void keepMine() throws IOException {
        form = conflict.keepMine();
        answer(store(false));
    }

    /** A save that lost the race at the very write is rolled back; saving again shows the conflict. */
    private EditOutcome store(boolean duplicatesConfirmed) {
        try {
            return editing.save(form, duplicatesConfirmed, locale());
        } catch (SourceChangedMeanwhile raced) {
            return editing.save(form, duplicatesConfirmed, locale());
        }
    }

    public void takeTheirs() {
        form = conflict.takeTheirs();
        conflict = null;
        Messages.info(faces(), "sourceEditor.conflict.tookTheirs");
    }

    public void merge() throws IOException {
        form = conflict.merged();
        answer(store(false));
    }

    /** Deleting asks first: the page shows what will happen, and Delete or Cancel. */
    public void delete() {
        confirmingDelete = true;
    }

    public void confirmDelete() throws IOException {
        confirmingDelete = false;
        answer(editing.delete(form.getId(), form.getVersion()));
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    /** Whether the field belongs to the chosen type (or holds a value): the form shows no other fields. */
    public boolean shows(String field) {
        return SourceFormField.valueOf(field).shownFor(form);
    }

    private void answer(EditOutcome outcome) throws IOException {
        duplicates = List.of();
        citing = List.of();
        conflict = null;
        problems = Map.of();
        if (outcome instanceof EditOutcome.Saved saved) {
            redirect("/staff/source.xhtml?id=" + saved.id() + "&saved=true");
        } else if (outcome instanceof EditOutcome.Unchanged) {
            Messages.info(faces(), "sourceEditor.unchanged");
        } else if (outcome instanceof EditOutcome.Deleted deleted) {
            redirect("/staff/sources.xhtml?deleted=" + deleted.id());
        } else if (outcome instanceof EditOutcome.Invalid invalid) {
            Map<String, String> byField = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> {
                String field = SourceFormField.ofProperty(problem.field()).name();
                Messages.error(faces(), "sourceEditor.problem", Messages.text(faces(), "sourceEditor.field." + field),
                        problem.message());
                byField.merge(field, problem.message(), (one, other) -> one + " " + other);
            });
            problems = byField;
        } else if (outcome instanceof EditOutcome.Duplicates found) {
            duplicates = found.candidates();
        } else if (outcome instanceof EditOutcome.Conflict stored) {
            conflict = new ConflictView(form, stored.theirs(), books);
        } else if (outcome instanceof EditOutcome.InUse inUse) {
            citing = inUse.citing();
        } else {
            Messages.error(faces(), "sourceEditor.missing");
        }
    }

    /** Assigns the source to the note chosen in the list (the list's own label, not one sent by the page). */
    public void assignNote() {
        notes.stream().filter(note -> Long.valueOf(note.id()).equals(noteToAdd)).findFirst().ifPresent(form::assign);
        noteToAdd = null;
    }

    private void redirect(String path) throws IOException {
        FacesContext faces = faces();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static java.util.Locale locale() {
        return faces().getViewRoot().getLocale();
    }

    public SourceType[] getTypes() {
        return SourceType.values();
    }

    public ContributorRole[] getRoles() {
        return ContributorRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SourceForm getForm() {
        return form;
    }

    public List<Option> getBooks() {
        return books;
    }

    public List<Option> getNotes() {
        return notes;
    }

    public Long getNoteToAdd() {
        return noteToAdd;
    }

    public void setNoteToAdd(Long noteToAdd) {
        this.noteToAdd = noteToAdd;
    }

    public List<EditOutcome.DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    public List<EditOutcome.CitingRecord> getCiting() {
        return citing;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public ConflictView getConflict() {
        return conflict;
    }
}
