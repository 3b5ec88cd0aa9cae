package org.eurasiadiplomacy.portal.web.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.sources.SupportedRecord;

/**
 * Where a record's public page is, by the portal's URL convention ({@link RecordKind}), relative to the context
 * root, so the bibliography links every record a source supports.
 */
@Named
@ApplicationScoped
public class RecordPages {

    /** The page of the record, relative to the context root: {@code meeting.xhtml?id=1300}. */
    public String path(SupportedRecord record) {
        return RecordKind.ofDiscriminator(record.kind()).filter(RecordKind::hasDetailTemplate)
                .map(kind -> relative(kind, record.id()))
                .orElseThrow(() -> new IllegalArgumentException("No public page shows records of type " + record.kind()));
    }

    /** The page of a source. */
    public String source(long id) {
        return relative(RecordKind.SOURCE, id);
    }

    /** The page of a footnote or table note. */
    public String citation(long id) {
        return relative(RecordKind.CITATION, id);
    }

    private static String relative(RecordKind kind, long id) {
        return kind.path(id).substring(1);
    }

    /** Only web addresses become links: a stored URL of another scheme (javascript: …) stays text. */
    public boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
