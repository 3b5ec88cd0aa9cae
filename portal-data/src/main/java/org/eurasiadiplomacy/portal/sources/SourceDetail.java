package org.eurasiadiplomacy.portal.sources;

import java.util.List;
import org.eurasiadiplomacy.portal.catalog.Row;

/**
 * Everything the portal holds about one source: its entry, and the curator's notes about it (rows of
 * {@code CuratorNoteListing}).
 */
public record SourceDetail(SourceEntry entry, List<Row> notes) {

    public SourceDetail {
        notes = List.copyOf(notes);
    }
}
