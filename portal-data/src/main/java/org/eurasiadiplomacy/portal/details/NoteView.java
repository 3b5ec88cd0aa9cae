package org.eurasiadiplomacy.portal.details;

import org.eurasiadiplomacy.portal.record.LocalizedText;

/** A published curator note on the record: what the article prints and what is odd about it. */
public record NoteView(long id, Value.Choice category, String quotedText, LocalizedText note) {
}
