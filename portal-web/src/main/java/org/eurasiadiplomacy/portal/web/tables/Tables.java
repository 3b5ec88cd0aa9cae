package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.agreements.AgreementListing;
import org.eurasiadiplomacy.portal.catalog.Catalog;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.visits.VisitListing;

/**
 * The lazy models of the public tables, one per listing and request: request scope keeps the pages
 * stateless, and PrimeFaces asks for the same model several times while it renders.
 */
@Named
@RequestScoped
public class Tables {

    @Inject
    Catalog catalog;

    /** The listings that have a public table, and so an export. */
    static final List<Listing> LISTINGS = List.of(OdaListing.LISTING, MeetingListing.LISTING, VisitListing.LISTING,
            AgreementListing.LISTING, InitiativeListing.LISTING, PersonListing.LISTING, CountryListing.LISTING);

    private final Map<String, ListingDataModel> models = new HashMap<>();

    public ListingDataModel getMeetings() {
        return model(MeetingListing.LISTING);
    }

    public ListingDataModel getOda() {
        return model(OdaListing.LISTING);
    }

    public ListingDataModel getVisits() {
        return model(VisitListing.LISTING);
    }

    public ListingDataModel getAgreements() {
        return model(AgreementListing.LISTING);
    }

    public ListingDataModel getInitiatives() {
        return model(InitiativeListing.LISTING);
    }

    public ListingDataModel getPeople() {
        return model(PersonListing.LISTING);
    }

    public ListingDataModel getCountries() {
        return model(CountryListing.LISTING);
    }

    static Optional<Listing> named(String name) {
        return LISTINGS.stream().filter(listing -> listing.name().equals(name)).findFirst();
    }

    private ListingDataModel model(Listing listing) {
        return models.computeIfAbsent(listing.name(), name -> new ListingDataModel(catalog, listing));
    }
}
