package org.eurasiadiplomacy.portal.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/** The collections the API serves under {@code /api/v1/{name}}: the catalog listing of every kind of record. */
public final class ApiCollections {

    public static final List<Listing> ALL = Arrays.stream(RecordKind.values()).map(RecordKind::listing).toList();

    private ApiCollections() {
    }

    public static Optional<Listing> named(String name) {
        return ALL.stream().filter(listing -> listing.name().equals(name)).findFirst();
    }
}
