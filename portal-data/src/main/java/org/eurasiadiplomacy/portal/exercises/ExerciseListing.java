package org.eurasiadiplomacy.portal.exercises;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The military exercises and security dialogues, as the public catalog lists them. */
public final class ExerciseListing {

    public static final Listing LISTING = Listing.of("exercises", Exercise.class)
            .localized("name", "name")
            .text("abbreviation", "abbreviation")
            .enumerated("kind", "kind", ExerciseKind.class)
            .integer("year", "date.year")
            .integer("month", "date.month")
            .integer("day", "date.day")
            .localized("summary", "summary")
            .countries("participants", "participants")
            .citations()
            .countryFilter("participants")
            .yearFilter("year")
            .search("name", "abbreviation", "summary")
            .defaultSort("id")
            .build();

    private ExerciseListing() {
    }
}
