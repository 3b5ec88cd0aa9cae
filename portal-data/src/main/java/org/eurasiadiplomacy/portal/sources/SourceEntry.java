package org.eurasiadiplomacy.portal.sources;

import java.util.List;
import org.eurasiadiplomacy.portal.catalog.Row;

/**
 * A source as the bibliography shows it: its catalog row (the {@link SourceListing} columns), the book it stands
 * in, the entry formatted in the article's form, the notes that cite it and the records it supports.
 *
 * @param parent the published book a chapter stands in, with its title, editors and publication; or null
 * @param chineseForm whether {@code formatted} is in the Chinese form (Chinese and Japanese sources)
 */
public record SourceEntry(Row source, Row parent, String formatted, boolean chineseForm,
        List<CitingNote> citations, List<SupportedRecord> supports) {

    public SourceEntry {
        citations = List.copyOf(citations);
        supports = List.copyOf(supports);
    }

    public long id() {
        return source.id();
    }
}
