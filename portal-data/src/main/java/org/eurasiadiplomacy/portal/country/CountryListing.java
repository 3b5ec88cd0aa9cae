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

    private CountryListing() {
    }
}
