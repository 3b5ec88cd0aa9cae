package org.eurasiadiplomacy.portal.visits;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The state and ministerial visits, as the public catalog lists them. */
public final class VisitListing {

    public static final Listing LISTING = Listing.of("visits", Visit.class)
            .reference("personId", "person")
            .referencedName("person", "person", "name")
            .referencedText("personOriginal", "person", "nameOriginal")
            .country("origin", "originCountry")
            .countries("destinations", "destinations")
            .localized("destinationLabel", "destinationLabel")
            .integer("year", "date.year")
            .integer("month", "date.month")
            .integer("day", "date.day")
            .enumerated("officeStatus", "officeStatus", OfficeStatus.class)
            .localized("office", "office")
            .localized("purpose", "purpose")
            .localized("outcome", "outcome")
            .citations()
            .countryFilter("destinations", "origin")
            .yearFilter("year")
            .search("person", "personOriginal", "destinationLabel", "office", "purpose", "outcome")
            .defaultSort("year", "month", "day")
            .build();

    private VisitListing() {
    }
}
