package org.eurasiadiplomacy.portal.details;

import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** A published record another page points to, with the label to show for it. */
public record RecordLink(RecordKind kind, long id, LocalizedText label) {

    public String path() {
        return kind.path(id);
    }
}
