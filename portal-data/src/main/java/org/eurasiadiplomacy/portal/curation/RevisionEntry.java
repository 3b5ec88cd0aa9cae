package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One revision of one record, as its history shows it: who, when, whether it created the record, and each
 * field that changed. The first revision lists every field it set, from nothing.
 */
public record RevisionEntry(int number, String editor, Instant when, boolean created, List<FieldChange> changes)
        implements Serializable {

    public RevisionEntry {
        changes = List.copyOf(changes);
    }
}
