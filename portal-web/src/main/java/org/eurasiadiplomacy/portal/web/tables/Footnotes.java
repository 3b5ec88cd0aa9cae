package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.sources.CitationListing;

/**
 * The footnote markers of a page: a citation id becomes its printed label ("17", "表一") with the note as
 * printed. All of the article's citations are read once per request, so markers cost no query per row.
 */
@Named
@RequestScoped
public class Footnotes {

    @Inject
    Catalog catalog;

    private Map<Long, Row> byId;

    public String label(Long citationId) {
        Row citation = citations().get(citationId);
        return citation == null ? "" : (String) citation.get("label");
    }

    public String printedText(Long citationId) {
        Row citation = citations().get(citationId);
        return citation == null ? "" : (String) citation.get("printedText");
    }

    /** The published citations among {@code ids}, in footnote order. */
    public List<Long> published(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(citations()::containsKey).toList();
    }

    private Map<Long, Row> citations() {
        if (byId == null) {
            byId = catalog.all(CitationListing.MARKERS).stream().collect(Collectors.toMap(Row::id, Function.identity()));
        }
        return byId;
    }
}
