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
import org.eurasiadiplomacy.portal.sources.SourceListing;

/** Backs /citation.xhtml?id=…: where a footnote marker leads — the note as printed, its locator and sources. */
@Named
@RequestScoped
public class CitationPage {

    @Inject
    Catalog catalog;

    @Inject
    HttpServletRequest request;

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

    private Optional<Long> id() {
        try {
            return Optional.ofNullable(request.getParameter("id")).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
