package org.eurasiadiplomacy.portal.sources;

import java.util.List;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * Everything a person edits on a source, as one value: what the conflict screen shows side by side and what a
 * round trip through a bibliography format must keep. A chapter's book is compared by its own fields, since an
 * imported book has a new id.
 */
public record SourceFields(SourceType type, List<Contributor> contributors, boolean etAl, String title,
        String titleEn, String container, SourceFields parent, String publisher, String place, PartialDate date,
        PartialDate accessed, String volume, String issue, String pages, String url, String language) {

    public SourceFields {
        contributors = List.copyOf(contributors);
    }

    public static SourceFields of(Source source) {
        return new SourceFields(source.getType(), source.getContributors(), source.isEtAl(), source.getTitle(),
                source.getTitleEn().orElse(null), source.getContainer().orElse(null),
                source.getParent().map(SourceFields::of).orElse(null), source.getPublisher().orElse(null),
                source.getPlace().orElse(null), source.getDate().orElse(null), source.getAccessed().orElse(null),
                source.getVolume().orElse(null),
                source.getIssue().orElse(null), source.getPages().orElse(null), source.getUrl().orElse(null),
                source.getLanguage());
    }
}
