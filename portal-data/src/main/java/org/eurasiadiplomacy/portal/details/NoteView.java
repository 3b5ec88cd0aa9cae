package org.eurasiadiplomacy.portal.details;

import java.util.List;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * A published curator note on the record: what the article prints, what is odd about it, and the footnotes or
 * table notes where the oddity stands.
 */
public record NoteView(long id, Value.Choice category, String quotedText, LocalizedText note, List<CitationMark> citations) {

    public NoteView {
        citations = List.copyOf(citations);
    }
}
