package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * The lazy models of the public tables, one per listing and request: request scope keeps the pages
 * stateless, and PrimeFaces asks for the same model several times while it renders. A page asks for its
 * kind's model by the name of the kind's listing: {@code #{tables.of('exercises')}}.
 */
@Named
@RequestScoped
public class Tables {

    @Inject
    Catalog catalog;

    /** The listings that have a public table, and so an export: every kind whose list page is a table. */
    static final List<Listing> LISTINGS = RecordKind.inMenu().stream().filter(RecordKind::hasTable)
            .map(RecordKind::listing).toList();

    private final Map<String, ListingDataModel> models = new HashMap<>();

    /** The model of the table of the listing {@code name}; a name without a public table is a programming error. */
    public ListingDataModel of(String name) {
        Listing listing = named(name).orElseThrow(() -> new IllegalArgumentException("No public table lists " + name));
        return models.computeIfAbsent(listing.name(), key -> new ListingDataModel(catalog, listing));
    }

    static Optional<Listing> named(String name) {
        return LISTINGS.stream().filter(listing -> listing.name().equals(name)).findFirst();
    }
}
