package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;

/**
 * What the edit form shows and sends back: the kind, the id and version the editor started from, and one value
 * per form key (text as typed; ids for references; a list of ids for collections). Mutable, for the page.
 */
public class RecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RecordKind kind;
    private final Long id;
    private final long version;
    private final RecordStatus status;
    private final boolean inTrash;
    private final Map<String, Object> values;

    public RecordForm(RecordKind kind, Long id, long version, RecordStatus status, boolean inTrash,
            Map<String, Object> values) {
        this.kind = kind;
        this.id = id;
        this.version = version;
        this.status = status;
        this.inTrash = inTrash;
        this.values = new LinkedHashMap<>(values);
    }

    public RecordKind getKind() {
        return kind;
    }

    /** Null for a record not yet created. */
    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public boolean isInTrash() {
        return inTrash;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    /** The rows of a rows field, as the form edits them: the form keys of a row's parts to their values. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String field) {
        return (List<Map<String, Object>>) values.computeIfAbsent(field, empty -> new ArrayList<>());
    }

    public void addRow(String field) {
        rows(field).add(FieldCodec.emptyRow(kind.field(field).orElseThrow()));
    }

    public void removeRow(String field, int row) {
        rows(field).remove(row);
    }

    /** Moves a row up ({@code by} -1) or down (+1); the first row goes no higher, the last no lower. */
    public void moveRow(String field, int row, int by) {
        List<Map<String, Object>> rows = rows(field);
        int to = row + by;
        if (row >= 0 && row < rows.size() && to >= 0 && to < rows.size()) {
            Collections.swap(rows, row, to);
        }
    }

    /** Leaves out the rows added and left empty, so that a refused row keeps its number. */
    void dropEmptyRows() {
        for (FormField field : kind.fields()) {
            if (field.type() == FormFieldType.ROWS) {
                rows(field.name()).removeIf(row -> row.values().stream()
                        .allMatch(value -> value == null || value.toString().isBlank()));
            }
        }
    }

    /** Whether this form, as saved, is still at the version {@code sent} was opened at: the save wrote nothing. */
    public boolean isUnchangedFrom(RecordForm sent) {
        return Objects.equals(id, sent.id) && version == sent.version;
    }

    /** The same values, to be saved over {@code version}: how an editor keeps their own after a conflict. */
    public RecordForm over(long version) {
        return new RecordForm(kind, id, version, status, inTrash, values);
    }
}
