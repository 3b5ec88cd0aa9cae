package org.eurasiadiplomacy.portal.web.sources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.sources.SourceEntries;
import org.eurasiadiplomacy.portal.sources.SourceListing;
import org.eurasiadiplomacy.portal.sources.SupportedRecord;

/**
 * Backs /citation.xhtml?id=…: where a footnote marker leads — the note as printed, its locator, its sources and
 * the records it supports.
 */
@Named
@RequestScoped
public class CitationPage {

    @Inject
    Catalog catalog;

    @Inject
    HttpServletRequest request;

    @Inject
    SourceEntries sourceEntries;

    private Optional<Row> citation;

    public Optional<Row> getCitation() {
        if (citation == null) {
            citation = id().flatMap(id -> catalog.find(CitationListing.LISTING, id));
        }
        return citation;
    }

    /** The cited sources in printed order (a footnote cites one or two). */
    public List<Row> getSources() {
        return getCitation()
                .map(c -> ((List<?>) c.get("sourceIds")).stream()
                        .map(id -> catalog.find(SourceListing.LISTING, ((Number) id).longValue()))
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    /** The published records this note supports, as /sources.xhtml lists them for each source. */
    public List<SupportedRecord> getSupports() {
        return getCitation().map(c -> sourceEntries.supportedBy(c.id())).orElse(List.of());
    }

    private Optional<Long> id() {
        try {
            return Optional.ofNullable(request.getParameter("id")).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
