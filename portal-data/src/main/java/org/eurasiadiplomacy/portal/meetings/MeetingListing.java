package org.eurasiadiplomacy.portal.meetings;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The numbered meetings of the frameworks, Table 1 among them, as the public catalog lists them. */
public final class MeetingListing {

    public static final Listing LISTING = Listing.of("meetings", Meeting.class)
            .reference("initiativeId", "initiative")
            .referencedName("initiative", "initiative", "name")
            .integer("ordinal", "ordinal")
            .integer("year", "held.year")
            .integer("month", "held.month")
            .integer("day", "held.day")
            .localized("city", "city")
            .country("country", "country")
            .enumerated("level", "level", MeetingLevel.class)
            .citations()
            .countryFilter("country")
            .yearFilter("year")
            .search("initiative", "city", "country")
            .defaultSort("initiativeId", "ordinal")
            .build();

    private MeetingListing() {
    }
}
