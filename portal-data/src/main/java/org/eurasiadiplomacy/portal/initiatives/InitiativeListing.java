package org.eurasiadiplomacy.portal.initiatives;

import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Listing;

/** The frameworks, initiatives and doctrines of the New Great Game, as the public catalog lists them. */
public final class InitiativeListing {

    public static final Listing LISTING = Listing.of("initiatives", Initiative.class)
            .localized("name", "name")
            .text("nameOriginal", "nameOriginal")
            .text("abbreviation", "abbreviation")
            .enumerated("kind", "kind", InitiativeKind.class)
            .country("proposerCountry", "proposerCountry")
            .reference("proposerPersonId", "proposerPerson")
            .referencedName("proposerPerson", "proposerPerson", "name")
            .integer("year", "proposed.year")
            .integer("month", "proposed.month")
            .integer("day", "proposed.day")
            .enumerated("briRelation", "briRelation", BriRelation.class)
            .localized("briRelationText", "briRelationText")
            .localized("summary", "summary")
            .objects("members", "members", "country", "country.code",
                    Field.of("country", ColumnType.COUNTRY_CODE, "country.code"),
                    Field.enumerated("role", "role", MemberRole.class))
            .citations()
            .countryFilter("members")
            .yearFilter("year")
            .search("name", "nameOriginal", "abbreviation", "summary")
            .defaultSort("id")
            .build();

    private InitiativeListing() {
    }
}
