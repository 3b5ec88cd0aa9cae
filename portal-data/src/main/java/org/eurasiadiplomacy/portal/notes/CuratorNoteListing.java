package org.eurasiadiplomacy.portal.notes;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The curator's notes on what the article gets wrong or leaves odd, as the public catalog lists them. */
public final class CuratorNoteListing {

    public static final Listing LISTING = Listing.of("notes", CuratorNote.class)
            .reference("targetId", "target")
            .enumerated("category", "category", NoteCategory.class)
            .text("quotedText", "quotedText")
            .localized("note", "note")
            .citations()
            .search("quotedText", "note")
            .defaultSort("id")
            .build();

    private CuratorNoteListing() {
    }
}
