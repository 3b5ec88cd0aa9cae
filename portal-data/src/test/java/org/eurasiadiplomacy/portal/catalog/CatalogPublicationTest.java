package org.eurasiadiplomacy.portal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.meetings.Meeting;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts and trashed records are never listed, never found by id, and never pointed to. */
class CatalogPublicationTest {

    @TempDir
    Path folder;

    @Test
    void draftsAndTrashedRecordsAreNeverServedNorPointedTo() {
        // H2 2.4.240 fails inserts into "record" (its status check) once the session that created the
        // constraint is closed while the database stays open; a database opened afresh is not affected
        PortalDatabase.createIn(folder).close();
        try (PortalDatabase db = PortalDatabase.createIn(folder)) {
            Drafts drafts = db.inTransaction(em -> {
                Country japan = em.find(Country.class, 1000L);
                OdaFigure figure = new OdaFigure(japan, em.find(Country.class, 1001L), 2019,
                        new BigDecimal("1.50"), OdaFlow.NET_DISBURSEMENTS, "DRAFT TEST");
                em.persist(figure);
                Citation note = Citation.note("draft", CitationKind.TABLE_NOTE, "not yet checked", List.of());
                em.persist(note);
                em.find(Meeting.class, 1300L).cite(note);
                Initiative initiative = new Initiative(LocalizedText.of("草稿", "Draft"), InitiativeKind.DIALOGUE,
                        BriRelation.ALTERNATIVE);
                em.persist(initiative);
                Meeting meeting = new Meeting(initiative, 1, PartialDate.ofYear(2020), null, japan,
                        MeetingLevel.SUMMIT);
                meeting.cite(em.find(Citation.class, 2141L));
                meeting.publish();
                em.persist(meeting);
                em.find(Meeting.class, 1306L).moveToTrash(Instant.now());
                em.persist(new Country("XDR", LocalizedText.of("草稿國", "Draftland"), Region.EUROPE,
                        ActorType.STATE));
                return new Drafts(figure.getId(), meeting.getId());
            });

            Page oda = db.inTransaction(em -> new ListingReader(em).page(OdaListing.LISTING,
                    ListingQuery.all().page(0, 100)));
            assertEquals(45, oda.total(), "the draft figure is not counted");
            assertFalse(oda.rows().stream().anyMatch(row -> row.id() == drafts.figure()));
            assertTrue(db.inTransaction(em -> new ListingReader(em).find(OdaListing.LISTING, drafts.figure()))
                    .isEmpty(), "nor found by id");

            Row meeting1300 = db.inTransaction(em -> new ListingReader(em).find(MeetingListing.LISTING, 1300L))
                    .orElseThrow();
            assertEquals(List.of(2116L, 2141L), meeting1300.get("citationIds"), "no draft citation");

            Row underDraft = db.inTransaction(em -> new ListingReader(em).find(MeetingListing.LISTING,
                    drafts.meeting())).orElseThrow();
            assertNull(underDraft.get("initiativeId"), "a published meeting does not point to a draft");
            assertEquals("JPN", underDraft.get("country"));

            assertTrue(db.inTransaction(em -> new ListingReader(em).find(MeetingListing.LISTING, 1306L)).isEmpty(),
                    "trashed");
            assertEquals(6, db.inTransaction(em -> new ListingReader(em).page(MeetingListing.LISTING,
                    ListingQuery.all().withFilter("initiativeId", "1200"))).total());

            assertEquals("country", assertThrows(InvalidQueryException.class, () -> db.inTransaction(em ->
                    new ListingReader(em).page(OdaListing.LISTING, ListingQuery.all().withCountry("XDR"))))
                    .getParameter(), "a draft country's code is unknown");
        }
    }

    private record Drafts(long figure, long meeting) {
    }
}
