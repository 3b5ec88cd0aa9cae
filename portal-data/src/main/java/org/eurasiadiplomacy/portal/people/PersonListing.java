package org.eurasiadiplomacy.portal.people;

import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Listing;

/** The people the article names, with the offices it mentions, as the public catalog lists them. */
public final class PersonListing {

    public static final Listing LISTING = Listing.of("people", Person.class)
            .text("nameOriginal", "nameOriginal")
            .localized("name", "name")
            .country("country", "country")
            .objects("offices", "offices", null, null,
                    Field.localized("title", "title"),
                    Field.of("yearFrom", ColumnType.INTEGER, "yearFrom"),
                    Field.of("yearTo", ColumnType.INTEGER, "yearTo"))
            .citations()
            .countryFilter("country")
            .search("nameOriginal", "name")
            .defaultSort("id")
            .build();

    private PersonListing() {
    }
}
