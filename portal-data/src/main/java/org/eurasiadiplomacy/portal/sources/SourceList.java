package org.eurasiadiplomacy.portal.sources;

import java.util.List;

/** One page of the bibliography and how many sources match in all. */
public record SourceList(List<SourceEntry> entries, long total) {

    public SourceList {
        entries = List.copyOf(entries);
    }
}
