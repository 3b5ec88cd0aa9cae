package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.oda.OdaListing;

/**
 * The lazy models of the public tables, one per listing and request: request scope keeps the pages
 * stateless, and PrimeFaces asks for the same model several times while it renders.
 */
@Named
@RequestScoped
public class Tables {

    @Inject
    Catalog catalog;

    private final Map<String, ListingDataModel> models = new HashMap<>();

    public ListingDataModel getMeetings() {
        return model(MeetingListing.LISTING);
    }

    public ListingDataModel getOda() {
        return model(OdaListing.LISTING);
    }

    private ListingDataModel model(Listing listing) {
        return models.computeIfAbsent(listing.name(), name -> new ListingDataModel(catalog, listing));
    }
}
