package org.eurasiadiplomacy.portal.country;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The countries and unions the article names, as the public catalog lists them. */
public final class CountryListing {

    public static final Listing LISTING = Listing.of("countries", Country.class)
            .code("code", "code")
            .localized("name", "name")
            .enumerated("region", "region", Region.class)
            .enumerated("actorType", "actorType", ActorType.class)
            .citations()
            .countryFilter("code")
            .search("code", "name")
            .defaultSort("code")
            .build();

    /** Codes and names only: what a page needs to name countries and fill its country filters, in one statement. */
    public static final Listing NAMES = Listing.of("countryNames", Country.class)
            .code("code", "code")
            .localized("name", "name")
            .defaultSort("code")
            .build();

    private CountryListing() {
    }
}
