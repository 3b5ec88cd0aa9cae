package org.eurasiadiplomacy.portal.timeline;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The timeline from 1868 to 2020, as the public catalog lists it: in date order. */
public final class TimelineEventListing {

    public static final Listing LISTING = Listing.of("events", TimelineEvent.class)
            .integer("year", "date.year")
            .integer("month", "date.month")
            .integer("day", "date.day")
            .localized("title", "title")
            .enumerated("category", "category", EventCategory.class)
            .localized("summary", "summary")
            .countries("countries", "countries")
            .citations()
            .countryFilter("countries")
            .yearFilter("year")
            .search("title", "summary")
            .defaultSort("year", "month", "day")
            .build();

    private TimelineEventListing() {
    }
}
