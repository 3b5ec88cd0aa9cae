package org.eurasiadiplomacy.portal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

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

    public Optional<Row> find(Listing listing, long id) {
        return new ListingReader(em).find(listing, id);
    }
}
