package org.eurasiadiplomacy.portal.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;

/**
 * The bibliography as the public pages read it: each call is one transaction, so a page's sources and
 * everything shown beside them are read on one connection.
 */
@ApplicationScoped
@Transactional
public class SourceEntries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public SourceList list(ListingQuery query) {
        return new SourceEntryReader(em).list(query);
    }

    public Optional<SourceDetail> find(long id) {
        return new SourceEntryReader(em).find(id);
    }

    /** The published records that the published note {@code citationId} supports. */
    public List<SupportedRecord> supportedBy(long citationId) {
        return new SourceEntryReader(em).supportedBy(citationId);
    }

    /** Every published source that matches {@code query}, as a file in {@code format}. */
    public String export(ListingQuery query, BibliographyFormat format) {
        return new SourceEntryReader(em).export(query, format);
    }

    /** One published source (with its book, if it is a chapter) as a file in {@code format}. */
    public Optional<String> export(long id, BibliographyFormat format) {
        return new SourceEntryReader(em).export(id, format);
    }
}
