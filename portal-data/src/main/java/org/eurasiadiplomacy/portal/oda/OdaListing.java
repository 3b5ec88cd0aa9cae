package org.eurasiadiplomacy.portal.oda;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The ODA figures of Table 2, as the public catalog lists them: by recipient, then year, as printed. */
public final class OdaListing {

    public static final Listing LISTING = Listing.of("oda", OdaFigure.class)
            .country("donor", "donor")
            .country("recipient", "recipient")
            .integer("year", "year")
            .decimal("amountUsdMillions", "amountUsdMillions", OdaFigure::asPrinted)
            .enumerated("flow", "flow", OdaFlow.class)
            .text("dataset", "dataset")
            .citations()
            .countryFilter("donor", "recipient")
            .yearFilter("year")
            .search("donor", "recipient", "dataset")
            .defaultSort("recipient", "year")
            .build();

    private OdaListing() {
    }
}
