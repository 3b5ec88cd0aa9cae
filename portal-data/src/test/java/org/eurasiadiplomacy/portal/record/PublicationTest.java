package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.agreements.Agreement;
import org.eurasiadiplomacy.portal.agreements.AgreementKind;
import org.eurasiadiplomacy.portal.agreements.AgreementListing;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.ListingReader;
import org.eurasiadiplomacy.portal.catalog.Page;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.CountryListing;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.details.DetailReader;
import org.eurasiadiplomacy.portal.details.RecordDetail;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.details.RecordLink;
import org.eurasiadiplomacy.portal.details.Value;
import org.eurasiadiplomacy.portal.exercises.Exercise;
import org.eurasiadiplomacy.portal.exercises.ExerciseKind;
import org.eurasiadiplomacy.portal.exercises.ExerciseListing;
import org.eurasiadiplomacy.portal.initiatives.BriRelation;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.InitiativeKind;
import org.eurasiadiplomacy.portal.initiatives.InitiativeListing;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.meetings.Meeting;
import org.eurasiadiplomacy.portal.meetings.MeetingLevel;
import org.eurasiadiplomacy.portal.meetings.MeetingListing;
import org.eurasiadiplomacy.portal.notes.CuratorNote;
import org.eurasiadiplomacy.portal.notes.CuratorNoteListing;
import org.eurasiadiplomacy.portal.notes.NoteCategory;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.oda.OdaFlow;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.oda.OdaSeriesOn;
import org.eurasiadiplomacy.portal.overview.KeyFigures;
import org.eurasiadiplomacy.portal.overview.OverviewOn;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.people.PersonListing;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;
import org.eurasiadiplomacy.portal.sources.CitationListing;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceEntryReader;
import org.eurasiadiplomacy.portal.sources.SourceListing;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.TimelineEvent;
import org.eurasiadiplomacy.portal.timeline.TimelineEventListing;
import org.eurasiadiplomacy.portal.timeline.TimelineFilter;
import org.eurasiadiplomacy.portal.timeline.TimelinePage;
import org.eurasiadiplomacy.portal.timeline.TimelineReader;
import org.eurasiadiplomacy.portal.visits.OfficeStatus;
import org.eurasiadiplomacy.portal.visits.Visit;
import org.eurasiadiplomacy.portal.visits.VisitListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication rule on every public read path: a draft and a trashed record of every kind, each also linked
 * from published records (a visit by a draft person, an initiative with a trashed member country, a published
 * footnote citing a draft source, a published note about a trashed country ...), and none of them shows by name,
 * by id or in a count on any listing, detail page, related list, the timeline, the home figures, the
 * bibliography, its exports or the ODA chart.
 */
class PublicationTest {

    /** Every name, title, label and free text of a hidden record carries this mark. */
    private static final String MARK = "ZZHIDDEN";
    /** The amount of the hidden ODA figures, which no published figure has. */
    private static final BigDecimal HIDDEN_AMOUNT = new BigDecimal("777.77");

    /** Every listing the public pages, the API and the CSV exports read, with the key figure it counts. */
    private static final Map<Listing, String> LISTINGS = new LinkedHashMap<>();

    static {
        LISTINGS.put(CountryListing.LISTING, "countries");
        LISTINGS.put(PersonListing.LISTING, "people");
        LISTINGS.put(InitiativeListing.LISTING, "initiatives");
        LISTINGS.put(MeetingListing.LISTING, "meetings");
        LISTINGS.put(VisitListing.LISTING, "visits");
        LISTINGS.put(AgreementListing.LISTING, "agreements");
        LISTINGS.put(OdaListing.LISTING, "odaFigures");
        LISTINGS.put(ExerciseListing.LISTING, "exercises");
        LISTINGS.put(TimelineEventListing.LISTING, "events");
        LISTINGS.put(SourceListing.LISTING, "sources");
        LISTINGS.put(CitationListing.LISTING, "citations");
        LISTINGS.put(CuratorNoteListing.LISTING, "notes");
    }

    @TempDir
    Path folder;

    @Test
    void draftAndTrashedRecordsOfEveryKindReachNoPublicReadPath() {
        // the H2 quirk CatalogPublicationTest explains: inserts need a database opened afresh
        PortalDatabase.createIn(folder).close();
        try (PortalDatabase db = PortalDatabase.createIn(folder)) {
            Map<String, Long> figuresBefore = db.inTransaction(em -> figures(OverviewOn.keyFigures(em)));
            Map<Listing, Long> totalsBefore = db.inTransaction(PublicationTest::totals);
            long timelineBefore = db.inTransaction(em -> timeline(em).total());

            Seed seed = db.inTransaction(em -> {
                Seed s = new Seed(em);
                s.hideAndLink(false);
                s.hideAndLink(true);
                return s;
            });
            assertEquals(24, seed.hidden.size(), "a draft and a trashed record of each of the 12 kinds");

            // counts: only the published records the seed added are counted, on the home page and in every listing
            Map<String, Long> figuresAfter = db.inTransaction(em -> figures(OverviewOn.keyFigures(em)));
            figuresBefore.forEach((figure, before) -> assertEquals(before + seed.added(figure),
                    figuresAfter.get(figure), "home page figure " + figure));
            Map<Listing, Long> totalsAfter = db.inTransaction(PublicationTest::totals);
            LISTINGS.forEach((listing, figure) -> assertEquals(totalsBefore.get(listing) + seed.added(figure),
                    totalsAfter.get(listing), "total of the listing " + listing.name()));
            long timelineAfter = db.inTransaction(em -> timeline(em).total());
            // every dated kind, the exercises among them (all the seed's records are dated 2019)
            assertEquals(timelineBefore + seed.added("initiatives") + seed.added("meetings") + seed.added("visits")
                    + seed.added("agreements") + seed.added("exercises") + seed.added("events"), timelineAfter,
                    "entries on the timeline");

            Seen seen = new Seen();
            db.run(em -> {
                ListingReader catalog = new ListingReader(em);
                // every listing, every row with its relations and the names of the records it links to
                for (Listing listing : LISTINGS.keySet()) {
                    seen.walk(listing.name(), allRows(catalog, listing));
                    for (long id : seed.hidden.keySet()) {
                        assertTrue(catalog.find(listing, id).isEmpty(),
                                listing.name() + " finds hidden " + seed.hidden.get(id) + " by id");
                    }
                }
                seen.walk("countryNames", catalog.rows(CountryListing.NAMES, ListingQuery.all()
                        .page(0, ListingQuery.MAX_LIMIT)));
                seen.walk("citationMarkers", catalog.rows(CitationListing.MARKERS, ListingQuery.all()
                        .page(0, ListingQuery.MAX_LIMIT)));

                // detail pages: the published records that link to hidden ones, and every country the hidden
                // records point to; the hidden records themselves have no page
                DetailReader details = new DetailReader(em);
                seed.linking.forEach((id, kind) -> seen.walk("detail " + kind + " " + id,
                        details.find(kind, id).orElseThrow(() -> new AssertionError("no page for " + kind + " " + id))));
                for (Map.Entry<Long, String> hidden : seed.hidden.entrySet()) {
                    for (RecordKind kind : RecordKind.values()) {
                        assertTrue(details.find(kind, hidden.getKey()).isEmpty(), "a page for " + hidden.getValue());
                    }
                }

                // the timeline, every page of it, and the home page's latest entries
                TimelineReader reader = new TimelineReader(em);
                TimelinePage first = reader.page(TimelineFilter.everything(), 0, 100);
                for (int page = 0; page < first.pageCount(); page++) {
                    seen.walk("timeline page " + page, reader.page(TimelineFilter.everything(), page, 100).entries());
                }
                seen.walk("latest", reader.latest(20));

                // the bibliography: its pages, the page of each source, and each export
                SourceEntryReader sources = new SourceEntryReader(em);
                seen.walk("sources", sources.list(ListingQuery.all().page(0, ListingQuery.MAX_LIMIT)));
                for (long id : seed.publishedSources) {
                    seen.walk("source " + id, sources.find(id).orElseThrow());
                    for (BibliographyFormat format : BibliographyFormat.values()) {
                        seen.walk("export of source " + id, sources.export(id, format).orElseThrow());
                    }
                }
                for (BibliographyFormat format : BibliographyFormat.values()) {
                    seen.walk("export " + format, sources.export(ListingQuery.all(), format));
                }
                for (long id : seed.hidden.keySet()) {
                    assertTrue(sources.find(id).isEmpty(), "the bibliography finds " + seed.hidden.get(id));
                    for (BibliographyFormat format : BibliographyFormat.values()) {
                        assertTrue(sources.export(id, format).isEmpty(), "exports " + seed.hidden.get(id));
                    }
                }

                seen.walk("ODA chart", OdaSeriesOn.japan(em));
            });

            assertFalse(seen.texts.isEmpty() || seen.ids.isEmpty(), "the walk read something");
            List<String> names = seen.texts.stream().filter(text -> text.contains(MARK)).toList();
            assertTrue(names.isEmpty(), "hidden records' names on public paths: " + names);
            Set<Long> ids = new HashSet<>(seen.ids);
            ids.retainAll(seed.hidden.keySet());
            assertTrue(ids.isEmpty(), "hidden records' ids on public paths: "
                    + ids.stream().map(seed.hidden::get).toList());
            assertTrue(seen.amounts.stream().noneMatch(amount -> amount.compareTo(HIDDEN_AMOUNT) == 0),
                    "a hidden ODA figure's amount on a public path");

            // what a published record links to that is public stays linked
            db.run(em -> {
                DetailReader details = new DetailReader(em);
                for (long visit : seed.visitsByHidden) {
                    RecordDetail page = details.find(RecordKind.VISIT, visit).orElseThrow();
                    assertEquals(List.of(1001L), linkIds(page, "destinations"), "only Kazakhstan is a destination");
                    assertTrue(page.fields().stream().noneMatch(field -> field.name().equals("person")
                            || field.name().equals("originCountry")), "no link to the hidden visitor nor origin");
                }
                for (long initiative : seed.initiativesWithHidden) {
                    RecordDetail page = details.find(RecordKind.INITIATIVE, initiative).orElseThrow();
                    assertEquals(List.of(1001L), page.related().stream().filter(g -> g.name().equals("members"))
                            .flatMap(g -> g.items().stream()).map(item -> item.link().id()).toList(),
                            "only Kazakhstan is a member");
                }
            });
        }
    }

    private static List<Long> linkIds(RecordDetail page, String field) {
        return page.fields().stream().filter(f -> f.name().equals(field))
                .flatMap(f -> ((Value.Links) f.value()).links().stream()).map(RecordLink::id).toList();
    }

    private static TimelinePage timeline(EntityManager em) {
        return new TimelineReader(em).page(TimelineFilter.everything(), 0, 1);
    }

    private static Map<Listing, Long> totals(EntityManager em) {
        Map<Listing, Long> totals = new LinkedHashMap<>();
        ListingReader reader = new ListingReader(em);
        LISTINGS.keySet().forEach(listing -> totals.put(listing,
                reader.page(listing, ListingQuery.all().page(0, 1)).total()));
        return totals;
    }

    private static List<?> allRows(ListingReader catalog, Listing listing) {
        List<Object> rows = new ArrayList<>();
        for (int offset = 0; ; offset += ListingQuery.MAX_LIMIT) {
            Page page = catalog.page(listing, ListingQuery.all().page(offset, ListingQuery.MAX_LIMIT));
            rows.addAll(page.rows());
            if (offset + ListingQuery.MAX_LIMIT >= page.total()) {
                return rows;
            }
        }
    }

    private static Map<String, Long> figures(KeyFigures figures) {
        Map<String, Long> byName = new LinkedHashMap<>();
        // under the kind's home-page figure, or for a kind the home page does not count (notes), its plural
        figures.counts().forEach((kind, count) -> byName.put(
                kind.figure().orElse(kind.name().toLowerCase(java.util.Locale.ROOT) + "s"), count));
        return byName;
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hidden records, and the published records that link to them, made in one transaction. Country
     * 1000 is Japan and 1001 Kazakhstan, both published in the article's data.
     */
    private static final class Seed {

        private final EntityManager em;
        /** Hidden record id to a description for messages. */
        final Map<Long, String> hidden = new LinkedHashMap<>();
        /** The published records that link to hidden ones, with the kind of their detail page. */
        final Map<Long, RecordKind> linking = new LinkedHashMap<>();
        final List<Long> publishedSources = new ArrayList<>();
        final List<Long> visitsByHidden = new ArrayList<>();
        final List<Long> initiativesWithHidden = new ArrayList<>();
        private final Map<String, Long> added = new LinkedHashMap<>();
        private final Country japan;
        private final Country kazakhstan;
        /** A published note that supports every record published here: unsupported ones are not publishable. */
        private final Citation support;

        Seed(EntityManager em) {
            this.em = em;
            japan = em.find(Country.class, 1000L);
            kazakhstan = em.find(Country.class, 1001L);
            linking.put(1000L, RecordKind.COUNTRY);
            linking.put(1001L, RecordKind.COUNTRY);
            support = show(Citation.note("SUPPORT", CitationKind.TABLE_NOTE, "Public support", List.of()), null,
                    "citations");
        }

        long added(String figure) {
            return added.getOrDefault(figure, 0L);
        }

        void hideAndLink(boolean trashed) {
            String state = trashed ? "trashed" : "draft";
            // one hidden record of every kind
            Country country = hide(new Country(trashed ? "XQT" : "XQD", name("country", state), Region.EUROPE,
                    ActorType.STATE), trashed, "country");
            Person person = hide(new Person(MARK + " person " + state, name("person", state), japan), trashed, "person");
            Initiative initiative = new Initiative(name("initiative", state), InitiativeKind.DIALOGUE,
                    BriRelation.ALTERNATIVE);
            initiative.proposedBy(japan, null, PartialDate.ofYear(2017));
            hide(initiative, trashed, "initiative");
            Initiative host = show(new Initiative(LocalizedText.of("公開框架", "Public framework " + state),
                    InitiativeKind.DIALOGUE, BriRelation.ALTERNATIVE), RecordKind.INITIATIVE, "initiatives");
            host.proposedBy(japan, null, PartialDate.ofYear(2016));
            hide(new Meeting(host, 1, PartialDate.ofYear(2018), name("meeting city", state), kazakhstan,
                    MeetingLevel.SUMMIT), trashed, "meeting");
            Person visitor = show(new Person("Visitor " + state, LocalizedText.of("訪客", "Visitor " + state), japan),
                    RecordKind.PERSON, "people");
            Visit visit = new Visit(visitor, japan, PartialDate.ofYear(2018), OfficeStatus.SITTING,
                    name("visit office", state));
            visit.addDestination(kazakhstan);
            hide(visit, trashed, "visit");
            Agreement agreement = new Agreement(MARK + " agreement " + state, name("agreement", state),
                    PartialDate.ofYear(2018), AgreementKind.JOINT_STATEMENT);
            agreement.addParty(japan);
            agreement.addParty(kazakhstan);
            hide(agreement, trashed, "agreement");
            hide(new OdaFigure(japan, kazakhstan, 2019, HIDDEN_AMOUNT, OdaFlow.NET_DISBURSEMENTS,
                    MARK + " dataset " + state), trashed, "ODA figure");
            Exercise exercise = new Exercise(name("exercise", state), ExerciseKind.NAVAL_EXERCISE,
                    PartialDate.ofYear(2018));
            exercise.addParticipant(kazakhstan);
            hide(exercise, trashed, "exercise");
            TimelineEvent event = new TimelineEvent(PartialDate.ofYear(2018), name("event", state),
                    EventCategory.DIPLOMACY);
            event.involve(kazakhstan);
            hide(event, trashed, "event");
            Source publicSource = show(new Source(SourceType.WEB_PAGE, "Public source " + state, "en"), null,
                    "sources");
            publishedSources.add(publicSource.getId());
            Source source = hide(new Source(SourceType.WEB_PAGE, MARK + " source " + state, "en"), trashed, "source");
            Citation citation = hide(Citation.note(MARK + (trashed ? "T" : "D"), CitationKind.TABLE_NOTE,
                    MARK + " printed " + state, List.of(publicSource)), trashed, "citation");

            // published records that link to each hidden one
            show(new Person("Citizen " + state, LocalizedText.of("公民", "Citizen " + state), country),
                    RecordKind.PERSON, "people");
            Visit byHidden = show(new Visit(person, country, PartialDate.ofYear(2019), OfficeStatus.SITTING,
                    LocalizedText.of("公開", "Public office")), RecordKind.VISIT, "visits");
            byHidden.addDestination(country);
            byHidden.addDestination(kazakhstan);
            byHidden.cite(citation);
            visitsByHidden.add(byHidden.getId());
            Initiative withHidden = show(new Initiative(LocalizedText.of("公開倡議", "Public initiative " + state),
                    InitiativeKind.DIALOGUE, BriRelation.ALTERNATIVE), RecordKind.INITIATIVE, "initiatives");
            withHidden.proposedBy(country, person, PartialDate.ofYear(2019));
            withHidden.admit(country, MemberRole.MEMBER);
            withHidden.admit(kazakhstan, MemberRole.MEMBER);
            initiativesWithHidden.add(withHidden.getId());
            show(new Meeting(initiative, 1, PartialDate.ofYear(2019), LocalizedText.of("公開城市", "Public city"),
                    country, MeetingLevel.SUMMIT), RecordKind.MEETING, "meetings");
            Agreement withParty = show(new Agreement("Public agreement " + state, LocalizedText.of("公開協定",
                    "Public agreement " + state), PartialDate.ofYear(2019), AgreementKind.JOINT_STATEMENT),
                    RecordKind.AGREEMENT, "agreements");
            withParty.addParty(country);
            withParty.addParty(japan);
            show(new OdaFigure(japan, country, 2019, new BigDecimal("3.25"), OdaFlow.NET_DISBURSEMENTS,
                    "Public dataset"), RecordKind.ODA_FIGURE, "odaFigures");
            Exercise withParticipant = show(new Exercise(LocalizedText.of("公開演習", "Public exercise " + state),
                    ExerciseKind.NAVAL_EXERCISE, PartialDate.ofYear(2019)), RecordKind.EXERCISE, "exercises");
            withParticipant.addParticipant(country);
            TimelineEvent involving = show(new TimelineEvent(PartialDate.ofYear(2019), LocalizedText.of("公開事件",
                    "Public event " + state), EventCategory.DIPLOMACY), RecordKind.EVENT, "events");
            involving.involve(country);
            // a published footnote that cites a hidden source, and supports a hidden agreement
            Citation citing = show(Citation.note("PUB-" + (trashed ? "T" : "D"), CitationKind.TABLE_NOTE, "Public text",
                    List.of(publicSource, source)), null, "citations");
            agreement.cite(citing);
            withParty.cite(citing);
            // curator notes: a hidden one on a published visit (with a published footnote), a published one
            // on a hidden country
            CuratorNote note = hide(new CuratorNote(byHidden, NoteCategory.TYPO, MARK + " quoted " + state,
                    name("curator note", state)), trashed, "curator note");
            note.cite(citing);
            show(new CuratorNote(country, NoteCategory.TYPO, "Public quote", LocalizedText.of("公開", "Public")),
                    null, "notes");
            em.flush();
        }

        private void publish(Record record) {
            if (record instanceof CuratedRecord curated && !curated.isSupported()) {
                curated.cite(support);
            }
            record.publish();
        }

        private static LocalizedText name(String what, String state) {
            return LocalizedText.of(MARK + " 隱藏 " + what + " " + state, MARK + " " + what + " " + state);
        }

        private <T extends Record> T hide(T record, boolean trashed, String what) {
            if (trashed) {
                // published before it went to the trash: the trash alone must hide it
                publish(record);
                record.moveToTrash(Instant.now());
            }
            em.persist(record);
            em.flush();
            hidden.put(record.getId(), (trashed ? "trashed " : "draft ") + what + " #" + record.getId());
            return record;
        }

        private <T extends Record> T show(T record, RecordKind page, String figure) {
            publish(record);
            em.persist(record);
            em.flush();
            if (page != null) {
                linking.put(record.getId(), page);
            }
            added.merge(figure, 1L, Long::sum);
            return record;
        }
    }

    /** Every text and id a public read returned, collected from its records, rows, lists and maps. */
    private static final class Seen {

        final List<String> texts = new ArrayList<>();
        final Set<Long> ids = new HashSet<>();
        final List<BigDecimal> amounts = new ArrayList<>();

        void walk(String path, Object value) {
            if (value == null || value instanceof Integer || value instanceof Boolean
                    || value instanceof Enum<?> || value instanceof PartialDate) {
                return;
            }
            if (value instanceof String text) {
                texts.add(text);
            } else if (value instanceof Long id) {
                ids.add(id);
            } else if (value instanceof BigDecimal amount) {
                amounts.add(amount);
            } else if (value instanceof LocalizedText text) {
                texts.add(text.getZh());
                texts.add(text.getEn());
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(present -> walk(path, present));
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(element -> walk(path, element));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(element -> walk(path, element));
            } else if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    walk(path + "." + component.getName(), invoke(component, value));
                }
            } else {
                fail("the walk does not know how to read a " + value.getClass().getName() + " at " + path);
            }
        }
    }
}
