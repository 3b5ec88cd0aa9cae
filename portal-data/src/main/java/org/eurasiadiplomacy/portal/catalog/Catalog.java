package org.eurasiadiplomacy.portal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The catalog as the web layer uses it: pages and single records of any listing. Each call is one
 * transaction, so the count, the page and its relations are read on one connection.
 */
@ApplicationScoped
@Transactional
public class Catalog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Page page(Listing listing, ListingQuery query) {
        return new ListingReader(em).page(listing, query);
    }

    /** A page of rows without their count (one statement fewer), for a caller that has the count already. */
    public List<Row> rows(Listing listing, ListingQuery query) {
        return new ListingReader(em).rows(listing, query);
    }

    /** Every published record of a small reference listing (countries, footnotes), in one page, not counted. */
    public List<Row> all(Listing listing) {
        return rows(listing, ListingQuery.all().page(0, ListingQuery.MAX_LIMIT));
    }

    /** The values a filter on the column can match among published records (ListingReader#occurring). */
    public SortedSet<String> occurring(Listing listing, String column) {
        return new ListingReader(em).occurring(listing, column);
    }

    public Optional<Row> find(Listing listing, long id) {
        return new ListingReader(em).find(listing, id);
    }
}
