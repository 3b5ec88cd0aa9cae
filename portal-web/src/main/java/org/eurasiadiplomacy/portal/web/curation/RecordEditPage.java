package org.eurasiadiplomacy.portal.web.curation;

import jakarta.annotation.PostConstruct;
import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.curation.Choice;
import org.eurasiadiplomacy.portal.curation.Curation;
import org.eurasiadiplomacy.portal.curation.EditConflict;
import org.eurasiadiplomacy.portal.curation.FormField;
import org.eurasiadiplomacy.portal.curation.InvalidRecord;
import org.eurasiadiplomacy.portal.curation.Problem;
import org.eurasiadiplomacy.portal.curation.RecordForm;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.curation.RecordNotFound;
import org.eurasiadiplomacy.portal.web.accounts.Messages;
import org.eurasiadiplomacy.portal.web.errors.BadPostback;

/**
 * Backs /admin/record.xhtml: one form for every kind, drawn from the kind's fields. A refused value is shown
 * beside its field; a save over a version someone else changed shows both versions and lets the editor keep
 * their own or take the saved one.
 */
@Named
@ViewScoped
public class RecordEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pages of the kinds edited elsewhere ({@link RecordKind#hasOwnEditor()}): the staff's source editor. */
    private static final Map<RecordKind, String> OWN_EDITORS = Map.of(RecordKind.SOURCE, "/staff/source.xhtml");

    @Inject
    Curation curation;

    private RecordForm form;
    private Map<String, List<Choice>> choices;
    private final Map<String, String> problems = new HashMap<>();
    /** The record as someone else saved it, while the editor chooses between it and their own. */
    private RecordForm conflict;
    private ChoicePicker picker;
    /** The chosen ids as saved when the form was opened: what the save message's changes are measured from. */
    private Map<String, Object> savedChoices;

    /**
     * Opens the record {@code ?id=}, or a blank form of {@code ?kind=}, once per view. An unknown or malformed id
     * or kind leaves no form, which {@link #load()} answers with 404 before anything renders.
     */
    @PostConstruct
    void open() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = query.get("id");
        try {
            form = id != null ? curation.edit(Long.parseLong(id.strip()))
                    : curation.blank(RecordKind.valueOf(String.valueOf(query.get("kind"))));
            choices = curation.choices(form.getKind());
            picker = new ChoicePicker(choices);
            savedChoices = ChoicePicker.snapshot(form);
        } catch (IllegalArgumentException | RecordNotFound missing) {
            // a malformed id or an unknown kind (both IllegalArgumentException), or an id of no curated record
            form = null;
        }
    }

    /** preRenderView: no record behind the URL is the portal's 404 page, not the generic error page. */
    public void load() throws IOException {
        if (form == null) {
            NotFound.send(faces());
        } else if (OWN_EDITORS.containsKey(form.getKind())) {
            ExternalContext context = faces().getExternalContext();
            context.redirect(context.getRequestContextPath() + OWN_EDITORS.get(form.getKind())
                    + (form.isNew() ? "" : "?id=" + form.getId()));
        }
    }

    public String save() {
        problems.clear();
        if (!addPendingChoices()) {
            return null;
        }
        try {
            if (form.isNew()) {
                long created = curation.create(form);
                return "/admin/record.xhtml?faces-redirect=true&saved=true&id=" + created;
            }
            RecordForm saved = curation.update(form);
            Messages.info(faces(), saved.isUnchangedFrom(form) ? "curation.unchanged" : "curation.saved");
            picker.changes(savedChoices, saved, faces().getViewRoot().getLocale(),
                    (key, argument) -> Messages.text(faces(), key, argument))
                    .forEach((field, change) -> Messages.info(faces(), "curation.picker.changes",
                            Messages.text(faces(), "curation.field." + field), change));
            return reopen();
        } catch (InvalidRecord invalid) {
            refused(invalid.problems());
        } catch (EditConflict stale) {
            conflict = curation.edit(stale.id());
            Messages.error(faces(), "curation.conflict");
        }
        return null;
    }

    /**
     * postValidate of the form: a value Faces itself refused (a select's value that is not among its items,
     * tampered with or gone stale) is shown on its field, as the service's refusals are. The field is found by
     * the input's {@code data-key}.
     */
    public void refusedByFaces() {
        FacesContext faces = faces();
        if (!faces.isValidationFailed()) {
            return;
        }
        problems.clear();
        String text = Messages.text(faces, "curation.problem.choice");
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId != null) {
                faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                    Object key = component.getPassThroughAttributes().get("data-key");
                    if (key instanceof ValueExpression expression) {
                        key = expression.getValue(context.getELContext());
                    }
                    if (key != null) {
                        problems.put(key.toString(), text);
                    }
                });
            }
        }
        Messages.error(faces, "curation.invalid");
    }

    /** After a conflict: save the editor's values over the version now saved. */
    public String keepMine() {
        form = form.over(conflict.getVersion());
        savedChoices = ChoicePicker.snapshot(conflict);
        conflict = null;
        return save();
    }

    /** After a conflict: drop the editor's values and continue from the saved version. */
    public void takeSaved() {
        form = conflict;
        savedChoices = ChoicePicker.snapshot(conflict);
        conflict = null;
        problems.clear();
    }

    /** The rows buttons: the form was posted with every value typed so far, so nothing typed is lost. */
    public void addRow(String field) {
        form.addRow(field);
    }

    public void moveRow(String field, int row, int by) {
        form.moveRow(field, row, by);
    }

    public void removeRow(String field, int row) {
        form.removeRow(field, row);
    }

    /** The add button of a multiple-choice field: the value picked in its search box joins the chosen list. */
    public void addChoices() {
        problems.clear();
        addPendingChoices();
    }

    public void removeChoice(String field, String id) {
        picker.remove(form, field, id);
    }

    /** Every field's pending pick is added (a save adds what was picked and not yet added); false if one is stale. */
    private boolean addPendingChoices() {
        boolean valid = true;
        for (FormField field : form.getKind().fields()) {
            if (field.type().isMultiple() && !picker.addPending(form, field.name())) {
                problems.put(field.name(), Messages.text(faces(), "curation.problem.choice"));
                valid = false;
            }
        }
        if (!valid) {
            Messages.error(faces(), "curation.invalid");
        }
        return valid;
    }

    /** The search box's suggestions (PrimeFaces autoComplete); the field is the component's {@code field} attribute. */
    public List<Choice> suggest(String query) {
        String field = String.valueOf(UIComponent.getCurrentComponent(faces()).getAttributes().get("field"));
        return picker.suggest(form, field, query, faces().getViewRoot().getLocale());
    }

    public List<Choice> chosen(String field) {
        return picker.chosen(form, field);
    }

    /** The accessible name of a chosen value's remove button: "Remove [18]". */
    public String removeLabel(String field, String id) {
        return Messages.text(faces(), "curation.picker.remove", picker.shortLabel(field, id,
                faces().getViewRoot().getLocale()));
    }

    /** The search boxes' picks not yet added, by field name. */
    public Map<String, String> getPending() {
        return picker.getPending();
    }

    public String publish() {
        return status(() -> curation.publish(form.getId(), form.getVersion()), "curation.published");
    }

    public String unpublish() {
        return status(() -> curation.unpublish(form.getId(), form.getVersion()), "curation.unpublished");
    }

    public String moveToTrash() {
        return status(() -> curation.moveToTrash(form.getId(), form.getVersion()), "curation.trashed");
    }

    public String restoreFromTrash() {
        return status(() -> curation.restoreFromTrash(form.getId(), form.getVersion()), "curation.restored");
    }

    /** A change of state, then the record as saved now, whether the change was made or refused as stale. */
    private String status(Runnable change, String done) {
        try {
            change.run();
            Messages.info(faces(), done);
        } catch (EditConflict stale) {
            Messages.error(faces(), "curation.conflict.status");
        } catch (InvalidRecord refused) {
            // the form is reopened by a redirect, so the reason goes with the messages, not beside a field
            refused.problems().forEach(problem -> Messages.error(faces(), "curation.problem." + problem.reason()));
        }
        return reopen();
    }

    /**
     * Redirect-after-post to the record's own address (issue 16, item 3), as a new record's save does: reloading,
     * bookmarking or opening it in a new tab shows the record, and the message survives the redirect.
     */
    private String reopen() {
        faces().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/record.xhtml?faces-redirect=true&id=" + form.getId();
    }

    private void refused(List<Problem> refused) {
        for (Problem problem : refused) {
            String text = Messages.text(faces(), "curation.problem." + problem.reason(),
                    problem.arguments().toArray());
            if (problem.key().isEmpty()) {
                Messages.error(faces(), "curation.problem." + problem.reason());
            } else {
                problems.merge(problem.key(), text, (a, b) -> a + " " + b);
            }
        }
        Messages.error(faces(), "curation.invalid");
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    /** The saved value of a form key, shown in the conflict table beside the editor's. */
    public Object theirs(String key) {
        return conflict == null ? null : conflict.getValues().get(key);
    }

    public List<FormField> getFields() {
        if (form == null) {
            if (faces().isPostback()) {
                // this view's bean was never opened: the view state posted is another view's
                throw new BadPostback("the record form has no record (another view's view state)");
            }
            return List.of();
        }
        return form.getKind().fields();
    }

    public Map<String, List<Choice>> getChoices() {
        return choices;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public RecordForm getForm() {
        return form;
    }

    public RecordForm getConflict() {
        return conflict;
    }
}
