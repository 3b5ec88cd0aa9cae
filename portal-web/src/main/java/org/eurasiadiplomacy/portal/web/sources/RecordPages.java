package org.eurasiadiplomacy.portal.web.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.eurasiadiplomacy.portal.sources.SupportedRecord;

/**
 * Where a record's public page is, by the portal's URL convention ({@code /meeting.xhtml?id=N} …), so the
 * bibliography links every record a source supports.
 */
@Named
@ApplicationScoped
public class RecordPages {

    /** Record type as stored, to the page that shows one record of that type. */
    private static final Map<String, String> PAGES = Map.of(
            "COUNTRY", "country.xhtml",
            "PERSON", "person.xhtml",
            "INITIATIVE", "initiative.xhtml",
            "MEETING", "meeting.xhtml",
            "VISIT", "visit.xhtml",
            "AGREEMENT", "agreement.xhtml",
            "ODA", "oda-figure.xhtml",
            "EXERCISE", "exercise.xhtml",
            "EVENT", "event.xhtml");

    /** The page of the record, relative to the context root: {@code meeting.xhtml?id=1300}. */
    public String path(SupportedRecord record) {
        String page = PAGES.get(record.kind());
        if (page == null) {
            throw new IllegalArgumentException("No public page shows records of type " + record.kind());
        }
        return page + "?id=" + record.id();
    }

    /** The page of a source. */
    public String source(long id) {
        return "source.xhtml?id=" + id;
    }

    /** The page of a footnote or table note. */
    public String citation(long id) {
        return "citation.xhtml?id=" + id;
    }

    /** Only web addresses become links: a stored URL of another scheme (javascript: …) stays text. */
    public boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
