package org.eurasiadiplomacy.portal.details;

import org.eurasiadiplomacy.portal.kinds.RecordKind;

/** A footnote or table note that supports a record: its printed label ("17", "表二") and text. */
public record CitationMark(long id, String label, String printedText) {

    public String path() {
        return RecordKind.CITATION.path(id);
    }
}
