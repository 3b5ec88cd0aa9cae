package org.eurasiadiplomacy.portal.web.api;

import java.util.List;
import java.util.Optional;
import org.eurasiadiplomacy.portal.agreements.AgreementListing;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.exercises.ExerciseListing;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.notes.CuratorNoteListing;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.sources.SourceListing;
import org.eurasiadiplomacy.portal.timeline.TimelineEventListing;
import org.eurasiadiplomacy.portal.visits.VisitListing;

/** The collections the API serves under {@code /api/v1/{name}}, each a listing of the catalog. */
public final class ApiCollections {

    public static final List<Listing> ALL = List.of(
            CountryListing.LISTING,
            PersonListing.LISTING,
            InitiativeListing.LISTING,
            MeetingListing.LISTING,
            VisitListing.LISTING,
            AgreementListing.LISTING,
            ExerciseListing.LISTING,
            TimelineEventListing.LISTING,
            OdaListing.LISTING,
            SourceListing.LISTING,
            CitationListing.LISTING,
            CuratorNoteListing.LISTING);

    private ApiCollections() {
    }

    public static Optional<Listing> named(String name) {
        return ALL.stream().filter(listing -> listing.name().equals(name)).findFirst();
    }
}
