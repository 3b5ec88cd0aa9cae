package org.eurasiadiplomacy.portal.details;

import java.util.List;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * Everything the detail page of one published record shows, read in one transaction: the page never loads
 * anything lazily. {@code original} is the title in its original script where the article gives one.
 */
public record RecordDetail(RecordKind kind, long id, LocalizedText title, String original, List<DetailField> fields,
        List<RelatedGroup> related, List<CitationMark> citations, List<NoteView> notes) {

    public RecordDetail {
        fields = List.copyOf(fields);
        related = related.stream().filter(group -> !group.items().isEmpty()).toList();
        citations = List.copyOf(citations);
        notes = List.copyOf(notes);
    }
}
