package org.eurasiadiplomacy.portal.agreements;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The agreements, joint statements and declarations, as the public catalog lists them. */
public final class AgreementListing {

    public static final Listing LISTING = Listing.of("agreements", Agreement.class)
            .text("titleOriginal", "titleOriginal")
            .localized("title", "title")
            .integer("year", "date.year")
            .integer("month", "date.month")
            .integer("day", "date.day")
            .enumerated("kind", "kind", AgreementKind.class)
            .reference("initiativeId", "initiative")
            .referencedName("initiative", "initiative", "name")
            .countries("parties", "parties")
            .localized("outcome", "outcome")
            .citations()
            .countryFilter("parties")
            .yearFilter("year")
            .search("titleOriginal", "title", "outcome")
            .defaultSort("year", "month", "day")
            .build();

    private AgreementListing() {
    }
}
