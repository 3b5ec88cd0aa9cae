package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The same values, to be saved over {@code version}: how an editor keeps their own after a conflict. */
    public RecordForm over(long version) {
        return new RecordForm(kind, id, version, status, inTrash, values);
    }
}
