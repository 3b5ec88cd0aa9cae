package org.eurasiadiplomacy.portal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.catalog.ListingReader;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.diagnostics.StatementCounter;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.oda.OdaChartData;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.oda.OdaListing;
import org.eurasiadiplomacy.portal.oda.OdaSeriesOn;
import org.eurasiadiplomacy.portal.record.RecordStatus;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curation service on the real persistence unit (H2, Flyway, Envers), each call in its own transaction. */
class CurationTest {


    @TempDir
    Path folder;

    PortalDatabase db;
    final FakeCaller caller = new FakeCaller();
    long japan;
    long china;
    long figure;

    @BeforeEach
    void open() {
        // a database opened afresh, as CatalogPublicationTest explains (H2 check constraints and new sessions)
        PortalDatabase.createIn(folder).close();
        db = PortalDatabase.createIn(folder);
        caller.signIn("alice", Set.of("ADMIN", "STAFF"));
        japan = id("select c.id from Country c where c.code = 'JPN'");
        china = id("select c.id from Country c where c.code = 'CHN'");
        figure = id("select min(o.id) from OdaFigure o");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEditIsARevisionWithItsEditorAndTheFieldsItChanged() {
        RecordForm form = curation(c -> c.edit(figure));
        String before = (String) form.getValues().get("amountUsdMillions");
        form.getValues().put("amountUsdMillions", "123.45");
        RecordForm saved = curation(c -> c.update(form));

        assertEquals("123.45", saved.getValues().get("amountUsdMillions"));
        assertEquals(form.getVersion() + 1, saved.getVersion());
        List<RevisionEntry> history = curation(c -> c.history(figure));
        assertEquals(2, history.size(), "the article's own revision, then the edit");
        RevisionEntry edit = history.get(0);
        assertEquals("alice", edit.editor());
        assertEquals(List.of(new FieldChange("amountUsdMillions", before, "123.45")), edit.changes());
        assertEquals("system", history.get(1).editor());
        assertTrue(history.get(1).created());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() {
        RecordForm first = curation(c -> c.edit(figure));
        RecordForm second = curation(c -> c.edit(figure));
        first.getValues().put("amountUsdMillions", "1.00");
        curation(c -> c.update(first));
        second.getValues().put("amountUsdMillions", "2.00");

        assertThrows(EditConflict.class, () -> curation(c -> c.update(second)));
        assertEquals("1", curation(c -> c.edit(figure)).getValues().get("amountUsdMillions"));
        RecordForm current = curation(c -> c.edit(figure));
        RecordForm mine = curation(c -> c.update(second.over(current.getVersion())));
        assertEquals("2", mine.getValues().get("amountUsdMillions"), "the second editor chose to keep theirs");
    }

    @Test
    void odaFiguresAreExactDecimalsInAYearRangeBetweenKnownCountries() {
        RecordForm form = curation(c -> c.blank(RecordKind.ODA_FIGURE));
        form.getValues().putAll(java.util.Map.of("donor", Long.toString(japan), "recipient", "999999",
                "year", "1950", "amountUsdMillions", "1.234", "flow", "NET_DISBURSEMENTS", "dataset", "TEST"));
        assertEquals(List.of(Problem.of("recipient", "unknownCountry")), problems(form));

        form.getValues().put("recipient", Long.toString(china));
        assertEquals(Set.of(Problem.of("year", "min", 1960L), Problem.of("amountUsdMillions", "digits", 10, 2)),
                Set.copyOf(problems(form)));

        form.getValues().put("amountUsdMillions", "abc");
        assertEquals(List.of(Problem.of("amountUsdMillions", "decimal")), problems(form));
        // an exponent would make the database compute ten to the ten-millionth power (docs/security.md)
        form.getValues().put("amountUsdMillions", "1e9999999");
        assertEquals(List.of(Problem.of("amountUsdMillions", "decimal")), problems(form));

        form.getValues().putAll(java.util.Map.of("year", "2019", "amountUsdMillions", "-5.8",
                "recipient", Long.toString(japan)));
        assertEquals(List.of(Problem.of("recipient", "sameCountry")), problems(form));

        form.getValues().put("recipient", Long.toString(china));
        long created = curation(c -> c.create(form));
        RecordForm saved = curation(c -> c.edit(created));
        assertEquals("-5.8", saved.getValues().get("amountUsdMillions"));
        assertEquals(new BigDecimal("-5.80"), db.inTransaction(em -> em.createQuery(
                "select o.amountUsdMillions from OdaFigure o where o.id = :id", BigDecimal.class)
                .setParameter("id", created).getSingleResult()));
    }

    @Test
    void aDraftIsInvisibleUntilPublishedAndATrashedRecordUntilRestored() {
        RecordForm form = curation(c -> c.blank(RecordKind.ODA_FIGURE));
        form.getValues().putAll(java.util.Map.of("donor", Long.toString(japan), "recipient", Long.toString(china),
                "year", "2019", "amountUsdMillions", "77.7", "flow", "NET_DISBURSEMENTS", "dataset", "DRAFT TEST",
                "citations", List.of("2101")));
        long draft = curation(c -> c.create(form));
        assertEquals(RecordStatus.DRAFT, curation(c -> c.edit(draft)).getStatus());
        assertFalse(publiclyListed(draft));
        assertFalse(charted("77.7"));
        assertTrue(curation(c -> c.list(RecordKind.ODA_FIGURE, StatusFilter.DRAFT)).stream()
                .anyMatch(row -> row.id() == draft), "administrators see their drafts");

        curation(c -> {
            c.publish(draft, c.edit(draft).getVersion());
            return null;
        });
        assertTrue(publiclyListed(draft));
        assertTrue(charted("77.7"));

        curation(c -> {
            c.moveToTrash(draft, c.edit(draft).getVersion());
            return null;
        });
        assertFalse(publiclyListed(draft));
        assertFalse(charted("77.7"));
        assertTrue(curation(c -> c.list(null, StatusFilter.TRASH)).stream().anyMatch(row -> row.id() == draft));
        assertFalse(curation(c -> c.list(null, StatusFilter.ACTIVE)).stream().anyMatch(row -> row.id() == draft));

        curation(c -> {
            c.restoreFromTrash(draft, c.edit(draft).getVersion());
            return null;
        });
        assertTrue(publiclyListed(draft));
        List<RevisionEntry> history = curation(c -> c.history(draft));
        assertEquals(4, history.size(), "created, published, trashed, restored");
        assertEquals("", history.get(0).changes().stream().filter(f -> f.key().equals("deletedAt"))
                .findFirst().orElseThrow().to());
    }

    @Test
    void restoringAnEarlierRevisionBringsItsValuesBackAsANewRevision() {
        RecordForm form = curation(c -> c.edit(figure));
        String original = (String) form.getValues().get("amountUsdMillions");
        int articleRevision = curation(c -> c.history(figure)).get(0).number();
        form.getValues().put("amountUsdMillions", "9.99");
        RecordForm edited = curation(c -> c.update(form));

        RecordForm restored = curation(c -> c.restoreRevision(figure, edited.getVersion(), articleRevision));

        assertEquals(original, restored.getValues().get("amountUsdMillions"));
        List<RevisionEntry> history = curation(c -> c.history(figure));
        assertEquals(3, history.size());
        assertEquals(List.of(new FieldChange("amountUsdMillions", "9.99", original)), history.get(0).changes());
        assertEquals("alice", history.get(0).editor());
    }

    @Test
    void everyKindReadsIntoTheFormAndSavesBackUnchangedWithoutARevision() {
        for (RecordKind kind : RecordKind.values()) {
            long id = id("select min(r.id) from " + kind.entity().getSimpleName() + " r");
            RecordForm form = curation(c -> c.edit(id));
            int revisions = curation(c -> c.history(id)).size();
            RecordForm saved = curation(c -> c.update(form));
            assertEquals(form.getValues(), saved.getValues(), kind.name());
            assertTrue(saved.isUnchangedFrom(form), kind.name() + ": nothing was written");
            assertEquals(revisions, curation(c -> c.history(id)).size(), kind.name() + ": no empty revision");
        }
    }

    @Test
    void restoringTheRevisionARecordIsAtWritesNoRevision() {
        RecordForm form = curation(c -> c.edit(figure));
        form.getValues().put("amountUsdMillions", "4.56");
        RecordForm edited = curation(c -> c.update(form));
        int latest = curation(c -> c.history(figure)).get(0).number();

        RecordForm restored = curation(c -> c.restoreRevision(figure, edited.getVersion(), latest));

        assertTrue(restored.isUnchangedFrom(edited));
        assertEquals(2, curation(c -> c.history(figure)).size(), "the article's revision and the edit only");
    }

    @Test
    void everyChangeOfStatusAndEveryRestoreIsCreditedToTheSignedInAccount() {
        caller.signIn("bob", Set.of("ADMIN", "STAFF"));
        curation(c -> {
            c.unpublish(figure, c.edit(figure).getVersion());
            return null;
        });
        caller.signIn("carol", Set.of("ADMIN", "STAFF"));
        curation(c -> {
            c.publish(figure, c.edit(figure).getVersion());
            return null;
        });
        caller.signIn("dave", Set.of("ADMIN", "STAFF"));
        curation(c -> {
            c.moveToTrash(figure, c.edit(figure).getVersion());
            return null;
        });
        caller.signIn("erin", Set.of("ADMIN", "STAFF"));
        curation(c -> {
            c.restoreFromTrash(figure, c.edit(figure).getVersion());
            return null;
        });
        List<RevisionEntry> before = curation(c -> c.history(figure));
        int article = before.get(before.size() - 1).number();
        caller.signIn("frank", Set.of("ADMIN", "STAFF"));
        RecordForm edited = curation(c -> {
            RecordForm form = c.edit(figure);
            form.getValues().put("amountUsdMillions", "7.89");
            return c.update(form);
        });
        caller.signIn("grace", Set.of("ADMIN", "STAFF"));
        curation(c -> c.restoreRevision(figure, edited.getVersion(), article));

        assertEquals(List.of("grace", "frank", "erin", "dave", "carol", "bob", "system"),
                curation(c -> c.history(figure)).stream().map(RevisionEntry::editor).toList(),
                "restore, edit, out of the trash, into the trash, publish, unpublish, the article");
    }

    @Test
    void aSourceHasAHistoryARestoreAndComesBackFromTheTrashLikeEveryRecord() {
        long source = id("select min(s.id) from Source s where size(s.contributors) > 0");
        RecordForm form = curation(c -> c.edit(source));
        String printed = (String) form.getValues().get("titleEn");
        String author = (String) form.rows("contributors").get(0).get("name");
        int article = curation(c -> c.history(source)).get(0).number();
        form.getValues().put("titleEn", "A title the curator changed");
        form.rows("contributors").get(0).put("name", "Someone Else");
        RecordForm saved = curation(c -> c.update(form));

        List<FieldChange> changes = curation(c -> c.history(source)).get(0).changes();
        assertEquals(List.of("contributors", "titleEn"), changes.stream().map(FieldChange::key).toList());
        assertTrue(changes.get(0).from().startsWith(author + " · AUTHOR"), changes.get(0).from());
        assertTrue(changes.get(0).to().startsWith("Someone Else · AUTHOR"), changes.get(0).to());

        RecordForm restored = curation(c -> c.restoreRevision(source, saved.getVersion(), article));
        assertEquals(printed, restored.getValues().get("titleEn"));
        assertEquals(author, restored.rows("contributors").get(0).get("name"));

        assertThrows(IllegalStateException.class, () -> curation(c -> {
            c.moveToTrash(source, restored.getVersion());
            return null;
        }), "a source is deleted in the source editor, which checks that nothing cites it");
        // as the source editor deletes one nothing cites (this one is cited, so the test moves it itself)
        db.inTransaction(em -> em.createNativeQuery("update record set deleted_at = current_timestamp where id = ?1")
                .setParameter(1, source).executeUpdate());
        RecordSummary trashed = curation(c -> c.list(RecordKind.SOURCE, StatusFilter.TRASH)).stream()
                .filter(row -> row.id() == source).findFirst().orElseThrow();
        assertFalse(trashed.labelZh().isBlank() || trashed.labelEn().isBlank(), "a source is listed by its title");
        curation(c -> {
            c.restoreFromTrash(source, trashed.version());
            return null;
        });
        assertTrue(curation(c -> c.list(RecordKind.SOURCE, StatusFilter.ACTIVE)).stream()
                .anyMatch(row -> row.id() == source));
    }

    @Test
    void staffAreRefused() {
        caller.signIn("bob", Set.of("STAFF"));
        assertThrows(NotPermitted.class, () -> curation(c -> c.list(null, StatusFilter.ACTIVE)));
        assertThrows(NotPermitted.class, () -> curation(c -> c.edit(figure)));
        assertThrows(NotPermitted.class, () -> curation(c -> {
            c.moveToTrash(figure, 0);
            return null;
        }));
        assertThrows(NotPermitted.class, () -> curation(c -> c.history(figure)));
    }

    @Test
    void aPersonsOfficesAreEditedRowByRowInOrderAndEachRowIsInTheHistory() {
        long abe = 1106;
        RecordForm form = curation(c -> c.edit(abe));
        assertEquals(List.of("Prime Minister (first term)", "Prime Minister (second term)"),
                form.rows("offices").stream().map(row -> row.get("title.en")).toList());
        form.addRow("offices");
        form.rows("offices").get(2).putAll(java.util.Map.of("title.zh", "內閣官房長官",
                "title.en", "Chief Cabinet Secretary", "yearFrom", "2005", "yearTo", "2006"));
        form.moveRow("offices", 2, -1);
        form.moveRow("offices", 1, -1);
        form.addRow("offices");
        RecordForm saved = curation(c -> c.update(form));

        assertEquals(List.of("Chief Cabinet Secretary", "Prime Minister (first term)", "Prime Minister (second term)"),
                saved.rows("offices").stream().map(row -> row.get("title.en")).toList(), "in the editor's order,"
                        + " the empty row left out");
        FieldChange offices = curation(c -> c.history(abe)).get(0).changes().get(0);
        assertEquals("offices", offices.key());
        assertEquals("首相（第一任期） / Prime Minister (first term); 首相（第二任期） / Prime Minister (second term) · 2012",
                offices.from());
        assertEquals("內閣官房長官 / Chief Cabinet Secretary · 2005 · 2006; " + offices.from(), offices.to());
    }

    @Test
    void aRefusedRowIsNamedByItsNumberAndNothingIsSaved() {
        long abe = 1106;
        RecordForm form = curation(c -> c.edit(abe));
        form.rows("offices").get(0).putAll(java.util.Map.of("yearFrom", "2007", "yearTo", "2006"));
        form.rows("offices").get(1).put("title.zh", " ");
        form.rows("offices").get(1).put("yearFrom", "twenty");

        List<Problem> problems = assertThrows(InvalidRecord.class, () -> curation(c -> c.update(form))).problems();

        assertEquals(Set.of(Problem.of("offices.1.title.zh", "required"), Problem.of("offices.1.yearFrom", "integer")),
                Set.copyOf(problems), "what the form cannot write is named first");
        form.rows("offices").get(1).putAll(java.util.Map.of("title.zh", "首相（第二任期）", "yearFrom", "2012"));
        assertEquals(List.of(Problem.of("offices.0.yearTo", "yearOrder")),
                assertThrows(InvalidRecord.class, () -> curation(c -> c.update(form))).problems());
        assertEquals(1, curation(c -> c.history(abe)).size(), "nothing was saved");
    }

    @Test
    void anInitiativeHasEachCountryOnceAndItsMembersComeBackWithAnEarlierRevision() {
        long dialogue = 1200;
        RecordForm form = curation(c -> c.edit(dialogue));
        int article = curation(c -> c.history(dialogue)).get(0).number();
        form.addRow("members");
        int added = form.rows("members").size() - 1;
        form.rows("members").get(added).putAll(java.util.Map.of("country", Long.toString(japan), "role", "OBSERVER"));
        assertEquals(List.of(Problem.of("members." + added + ".country", "duplicate")),
                assertThrows(InvalidRecord.class, () -> curation(c -> c.update(form))).problems());

        form.removeRow("members", added);
        java.util.Map<String, Object> turkmenistan = form.rows("members").stream()
                .filter(row -> row.get("role").equals("OBSERVER")).findFirst().orElseThrow();
        turkmenistan.put("role", "MEMBER");
        RecordForm saved = curation(c -> c.update(form));
        assertTrue(saved.rows("members").stream().noneMatch(row -> row.get("role").equals("OBSERVER")));

        FieldChange members = curation(c -> c.history(dialogue)).get(0).changes().get(0);
        assertEquals("members", members.key());
        assertTrue(members.from().contains("TKM Turkmenistan · OBSERVER")
                && members.to().contains("TKM Turkmenistan · MEMBER"),
                members.from() + " → " + members.to());
        assertEquals(6, members.from().split("; ").length, "the article's six members: " + members.from());

        RecordForm restored = curation(c -> c.restoreRevision(dialogue, saved.getVersion(), article));
        assertEquals(1, restored.rows("members").stream().filter(row -> row.get("role").equals("OBSERVER")).count());
    }

    @Test
    void aFootnotesSourcesKeepTheOrderTheCuratorGivesThem() {
        long note = id("select c.id from Citation c where size(c.sources) > 1 and c.footnote ="
                + " (select min(d.footnote) from Citation d where size(d.sources) > 1)");
        RecordForm form = curation(c -> c.edit(note));
        List<Object> printed = form.rows("sources").stream().map(row -> row.get("id")).toList();
        form.moveRow("sources", 1, -1);
        RecordForm saved = curation(c -> c.update(form));

        List<Object> reordered = saved.rows("sources").stream().map(row -> row.get("id")).toList();
        assertEquals(printed.get(0), reordered.get(1));
        assertEquals(printed.get(1), reordered.get(0));
        FieldChange sources = curation(c -> c.history(note)).get(0).changes().get(0);
        assertEquals("sources", sources.key());
        assertFalse(sources.from().equals(sources.to()), sources.from());

        RecordForm twice = curation(c -> c.edit(note));
        twice.rows("sources").get(1).put("id", twice.rows("sources").get(0).get("id"));
        assertEquals(List.of(Problem.of("sources.1.id", "duplicate")),
                assertThrows(InvalidRecord.class, () -> curation(c -> c.update(twice))).problems());
    }

    @Test
    void aHistoryWithRowsCostsTheSameStatementsHoweverManyRevisionsItHas() {
        long abe = 1106;
        curation(c -> c.history(abe));
        StatementCounter.reset();
        curation(c -> c.history(abe));
        int few = StatementCounter.count();
        for (String year : List.of("2001", "2002", "2003")) {
            RecordForm form = curation(c -> c.edit(abe));
            form.rows("offices").get(0).put("yearFrom", year);
            curation(c -> c.update(form));
        }
        StatementCounter.reset();
        List<RevisionEntry> history = curation(c -> c.history(abe));
        assertEquals(4, history.size());
        assertEquals(few, StatementCounter.count(), "no statement per revision");
    }

    private List<Problem> problems(RecordForm form) {
        return assertThrows(InvalidRecord.class, () -> curation(c -> c.create(form))).problems();
    }

    private boolean publiclyListed(long id) {
        Optional<Row> row = db.inTransaction(em -> new ListingReader(em).find(OdaListing.LISTING, id));
        long total = db.inTransaction(em -> new ListingReader(em).page(OdaListing.LISTING,
                ListingQuery.all().page(0, 200))).rows().stream().filter(r -> r.id() == id).count();
        assertEquals(row.isPresent(), total == 1, "found by id exactly when listed");
        return row.isPresent();
    }

    private boolean charted(String amount) {
        OdaChartData chart = db.inTransaction(OdaSeriesOn::japan);
        return chart.series().stream().flatMap(s -> s.points().stream())
                .anyMatch(p -> OdaFigure.asPrinted(p.amount()).toPlainString().equals(amount));
    }

    private long id(String jpql) {
        return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @Test
    void aHistoryCostsTheSameStatementsHoweverManyRevisionsAndReferencesItHas() {
        List<RevisionEntry> first = curation(c -> c.history(figure));
        FieldChange donor = first.get(first.size() - 1).changes().stream()
                .filter(change -> change.key().equals("donor")).findFirst().orElseThrow();
        assertEquals("JPN Japan", donor.to(), "a referenced country by its code and name");
        StatementCounter.reset();
        curation(c -> c.history(figure));
        int few = StatementCounter.count();

        long other = id("select min(c.id) from Country c where c.code not in ('JPN', 'CHN')");
        for (String amount : List.of("1.5", "2.5", "3.5", "4.5")) {
            RecordForm form = curation(c -> c.edit(figure));
            form.getValues().put("amountUsdMillions", amount);
            form.getValues().put("recipient", String.valueOf(amount.equals("3.5") ? other : china));
            curation(c -> c.update(form));
        }
        StatementCounter.reset();
        List<RevisionEntry> many = curation(c -> c.history(figure));
        assertEquals(first.size() + 4, many.size());
        assertEquals(few, StatementCounter.count(), "no statement per revision or per referenced record");
        FieldChange recipient = many.get(0).changes().stream()
                .filter(change -> change.key().equals("recipient")).findFirst().orElseThrow();
        assertEquals("CHN China", recipient.to(), "each revision's reference, labelled");
        assertFalse(recipient.from().isEmpty() || recipient.from().equals("CHN China"), recipient.from());
    }

    @Test
    void aRecordWithoutSupportIsNotPublishedAndTheRefusalSaysWhy() {
        RecordForm form = curation(c -> c.blank(RecordKind.ODA_FIGURE));
        form.getValues().putAll(java.util.Map.of("donor", Long.toString(japan), "recipient", Long.toString(china),
                "year", "2019", "amountUsdMillions", "66.6", "flow", "NET_DISBURSEMENTS", "dataset", "UNSOURCED"));
        long unsourced = curation(c -> c.create(form));

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> curation(c -> {
            c.publish(unsourced, c.edit(unsourced).getVersion());
            return null;
        }));
        assertEquals(List.of(Problem.of("citations", "unsupported")), refused.problems());
        RecordForm after = curation(c -> c.edit(unsourced));
        assertEquals(RecordStatus.DRAFT, after.getStatus(), "nothing was published half-way");
        assertFalse(publiclyListed(unsourced));

        after.getValues().put("citations", List.of("2101"));
        RecordForm supported = curation(c -> c.update(after));
        curation(c -> {
            c.publish(unsourced, supported.getVersion());
            return null;
        });
        assertEquals(RecordStatus.PUBLISHED, curation(c -> c.edit(unsourced)).getStatus());
        assertTrue(publiclyListed(unsourced), "published once a footnote supports it");

        RecordForm published = curation(c -> c.edit(unsourced));
        published.getValues().put("citations", List.of());
        InvalidRecord unsupporting = assertThrows(InvalidRecord.class, () -> curation(c -> c.update(published)));
        assertEquals(List.of(Problem.of("citations", "unsupportedPublished")), unsupporting.problems(),
                "a published record keeps its last support, beside the field");
        assertEquals(List.of("2101"), curation(c -> c.edit(unsourced)).getValues().get("citations"));
    }

    @Test
    void aDraftSourceThatLacksWhatPublicationNeedsIsRefusedWithItsProblemsAndStaysADraft() {
        long book = db.inTransaction(em -> {
            org.eurasiadiplomacy.portal.sources.Source source = new org.eurasiadiplomacy.portal.sources.Source(
                    org.eurasiadiplomacy.portal.sources.SourceType.BOOK, "An imported book without its publisher",
                    "en");
            em.persist(source);
            return source.getId();
        });

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> curation(c -> {
            c.publish(book, c.edit(book).getVersion());
            return null;
        }));
        assertTrue(refused.problems().stream().anyMatch(p -> !p.toString().contains("unsupported")), refused.problems().toString());
        assertEquals(RecordStatus.DRAFT, curation(c -> c.edit(book)).getStatus(), "nothing was published half-way");
    }

    private <T> T curation(Function<Curation, T> work) {
        return CurationIn.transaction(db, caller, work);
    }
}
