package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.curation.Revision;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.sources.bibliography.EntryProblem;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's service on the real persistence unit: each call in its own transaction, as the container runs it. */
class SourceEditingTest {

    @TempDir
    static Path folder;

    private static PortalDatabase database;
    private static ValidatorFactory validation;
    private static final FakeCaller CALLER = new FakeCaller();

    @BeforeAll
    static void open() {
        database = PortalDatabase.createIn(folder);
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        validation.close();
        database.close();
    }

    @BeforeEach
    void signInAsStaff() {
        CALLER.signIn("editor", Set.of("STAFF"));
    }

    private static <T> T editing(Function<SourceEditing, T> work) {
        return database.inTransaction(em -> work.apply(services(em).editing));
    }

    private static <T> T exchange(Function<SourceExchange, T> work) {
        return database.inTransaction(em -> work.apply(services(em)));
    }

    private static SourceExchange services(jakarta.persistence.EntityManager em) {
        SourceDuplicates duplicates = new SourceDuplicates();
        duplicates.em = em;
        SourceEditing editing = new SourceEditing();
        editing.em = em;
        editing.validation = validation;
        editing.security = CALLER;
        editing.duplicates = duplicates;
        SourceExchange exchange = new SourceExchange();
        exchange.em = em;
        exchange.editing = editing;
        exchange.duplicates = duplicates;
        return exchange;
    }

    private static SourceForm journalArticle(String title, String url) {
        SourceForm form = new SourceForm();
        form.setType(SourceType.JOURNAL_ARTICLE);
        form.setTitle(title);
        form.setContainer("Journal of Eurasian Studies");
        form.setYear(2021);
        form.setPages("10-20");
        form.setUrl(url);
        form.setLanguage("en");
        form.getContributors().add(new SourceForm.Line("A. Author", ContributorRole.AUTHOR));
        return form;
    }

    @Test
    void everyArticleSourceIsValid() {
        List<SourceRow> rows = editing(e -> e.search(null));
        assertEquals(41, rows.size());
        for (SourceRow row : rows) {
            SourceForm form = editing(e -> e.load(row.id()).orElseThrow());
            Source source = new Source(SourceType.BOOK, "", "");
            Source parent = form.getParentId() == null ? null
                    : database.inTransaction(em -> em.find(Source.class, form.getParentId()));
            form.applyTo(source, parent, new SourceForm.Judged(form.date(), form.accessed(), form.named()));
            assertEquals(List.of(), editing(e -> e.validate(source, Locale.ENGLISH)), "source " + row.id());
        }
    }

    @Test
    void createsEditsAndDeletes() {
        EditOutcome created = editing(e -> e.save(journalArticle("A new article on Central Asia",
                "https://example.org/new-article"), false, Locale.ENGLISH));
        long id = assertInstanceOf(EditOutcome.Saved.class, created).id();

        SourceForm loaded = editing(e -> e.load(id).orElseThrow());
        loaded.setTitle("A revised article on Central Asia");
        assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(loaded, false, Locale.ENGLISH)));
        SourceForm reloaded = editing(e -> e.load(id).orElseThrow());
        assertEquals("A revised article on Central Asia", reloaded.getTitle());
        assertEquals(loaded.getVersion() + 1, reloaded.getVersion());

        assertInstanceOf(EditOutcome.Deleted.class, editing(e -> e.delete(id, reloaded.getVersion())));
        assertTrue(editing(e -> e.load(id)).isEmpty());
    }

    @Test
    void personsBodiesAndAnAccessDateAreStoredAsEntered() {
        SourceForm form = journalArticle("A web page on Central Asia", "https://example.org/web-page");
        form.setType(SourceType.WEB_PAGE);
        form.setContainer(null);
        form.setPages(null);
        form.getContributors().clear();
        SourceForm.Line takeda = new SourceForm.Line(null, ContributorRole.AUTHOR);
        takeda.setFamily("武田");
        takeda.setGiven("史郎");
        form.getContributors().add(takeda);
        form.getContributors().add(new SourceForm.Line("外務省", ContributorRole.AUTHOR));
        form.setAccessedYear(2024);
        form.setAccessedMonth(3);
        form.setAccessedDay(14);

        long id = assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(form, false, Locale.ENGLISH))).id();

        List<Contributor> stored = database.inTransaction(em -> List.copyOf(em.find(Source.class, id).getContributors()));
        assertEquals(List.of(Contributor.person("武田", "史郎", ContributorRole.AUTHOR),
                Contributor.literal("外務省", ContributorRole.AUTHOR)), stored);
        assertEquals("武田史郎", stored.get(0).getName());
        SourceForm loaded = editing(e -> e.load(id).orElseThrow());
        assertEquals(List.of(2024, 3, 14), List.of(loaded.getAccessedYear(), loaded.getAccessedMonth(),
                loaded.getAccessedDay()));
        assertEquals(List.of("武田", "史郎"), List.of(loaded.getContributors().get(0).getFamily(),
                loaded.getContributors().get(0).getGiven()));
        assertEquals("外務省", loaded.getContributors().get(1).getName());
        assertEquals(List.of("武田史郎", "外務省"), loaded.getContributors().stream().map(SourceForm.Line::getShown)
                .toList(), "as the conflict screen lists them");
        // the other tests count the article's 41 sources
        assertInstanceOf(EditOutcome.Deleted.class, editing(e -> e.delete(id, loaded.getVersion())));
    }

    @Test
    void aGivenNameWithoutAFamilyNameOrAnImpossibleAccessDateIsNamedOnItsField() {
        SourceForm form = journalArticle("A page with half a name", "https://example.org/half-a-name");
        form.setType(SourceType.WEB_PAGE);
        SourceForm.Line half = new SourceForm.Line(null, ContributorRole.AUTHOR);
        half.setGiven("Peter");
        form.getContributors().add(half);
        form.setAccessedYear(2023);
        form.setAccessedMonth(2);
        form.setAccessedDay(30);
        int before = editing(e -> e.search(null)).size();

        EditOutcome outcome = editing(e -> e.save(form, false, Locale.ENGLISH));

        List<String> fields = assertInstanceOf(EditOutcome.Invalid.class, outcome).problems().stream()
                .map(EditOutcome.FieldProblem::field).toList();
        assertEquals(List.of("accessed", "contributors"), fields);
        assertEquals(before, editing(e -> e.search(null)).size());
    }

    @Test
    void invalidSourcesAreRefusedWithMessagesByFieldAndNothingIsStored() {
        SourceForm form = journalArticle("An article without a journal", "javascript:alert(1)");
        form.setContainer(" ");
        form.setPages("20-10");
        form.setLanguage("<b>");
        form.setPublished(true);
        int before = editing(e -> e.search(null)).size();

        EditOutcome outcome = editing(e -> e.save(form, false, Locale.ENGLISH));

        List<String> fields = assertInstanceOf(EditOutcome.Invalid.class, outcome).problems().stream()
                .map(EditOutcome.FieldProblem::field).distinct().toList();
        assertEquals(List.of("container", "language", "pages", "url"), fields);
        assertEquals(before, editing(e -> e.search(null)).size());
    }

    @Test
    void aDraftIsStoredWithoutWhatOnlyPublicationNeedsAndCannotBePublishedWithoutIt() {
        SourceForm form = journalArticle("", "https://example.org/a-draft-without-journal");
        form.setContainer(null);

        long id = assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(form, false, Locale.ENGLISH)))
                .id();
        SourceForm draft = editing(e -> e.load(id).orElseThrow());
        assertEquals("", draft.getTitle(), "stored with what the draft lacks");
        draft.setPublished(true);

        EditOutcome refused = editing(e -> e.save(draft, false, Locale.ENGLISH));
        List<EditOutcome.FieldProblem> problems = assertInstanceOf(EditOutcome.Invalid.class, refused).problems();
        assertEquals(List.of("container", "title"), problems.stream().map(EditOutcome.FieldProblem::field)
                .toList());
        SourceForm stored = editing(e -> e.load(id).orElseThrow());
        assertFalse(stored.isPublished(), "still a draft");
        assertInstanceOf(EditOutcome.Deleted.class, editing(e -> e.delete(id, stored.getVersion())));
    }

    @Test
    void theSameUrlOrTheSameTitleAcrossWidthsAndCaseIsADuplicate() {
        SourceForm sameUrl = journalArticle("Something else", "https://www.foreignaffairs.com/articles/central-asia/"
                + "2012-08-07/new-great-game-central-asia/");
        SourceForm sameTitle = journalArticle("ＷＨＩＴＨＥＲ the new Great Game in Central Asia", null);
        sameTitle.setYear(2012);

        var byUrl = assertInstanceOf(EditOutcome.Duplicates.class, editing(e -> e.save(sameUrl, false, Locale.ENGLISH)));
        var byTitle = assertInstanceOf(EditOutcome.Duplicates.class,
                editing(e -> e.save(sameTitle, false, Locale.ENGLISH)));

        assertEquals(2006L, byUrl.candidates().get(0).id());
        assertEquals(2007L, byTitle.candidates().get(0).id());
        long id = assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(sameTitle, true, Locale.ENGLISH))).id();
        editing(e -> e.delete(id, 0));
    }

    @Test
    void theSecondSaverGetsAConflictWithWhatIsStored() {
        long id = assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(
                journalArticle("Conflict article", "https://example.org/conflict"), false, Locale.ENGLISH))).id();
        SourceForm first = editing(e -> e.load(id).orElseThrow());
        SourceForm second = editing(e -> e.load(id).orElseThrow());
        first.setTitle("First saver's title");
        second.setTitle("Second saver's title");

        assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(first, false, Locale.ENGLISH)));
        EditOutcome outcome = editing(e -> e.save(second, false, Locale.ENGLISH));

        SourceForm theirs = assertInstanceOf(EditOutcome.Conflict.class, outcome).theirs();
        assertEquals("First saver's title", theirs.getTitle());
        assertEquals(List.of(SourceFormField.TITLE), SourceFormField.differences(second, theirs));
        assertEquals("First saver's title", editing(e -> e.load(id).orElseThrow()).getTitle());
    }

    @Test
    void aCitedSourceIsNotDeletedAndItsNotesAreNamed() {
        SourceForm cited = editing(e -> e.load(2005).orElseThrow());

        EditOutcome outcome = editing(e -> e.delete(2005, cited.getVersion()));

        List<String> labels = assertInstanceOf(EditOutcome.InUse.class, outcome).citing().stream()
                .map(EditOutcome.CitingRecord::label).toList();
        assertEquals(List.of("6"), labels, "footnote 6 cites The Grand Chessboard");
        assertTrue(editing(e -> e.load(2005)).isPresent());
    }

    @Test
    void anImportWithOneBadEntryStoresNothingAndAGoodOneStoresAll() {
        String bad = """
                @article{ok, title = {Imported one}, journal = {Acta}, year = {2019}, language = {en}}
                @article{bad, title = {Imported two}, journal = {Acta}, year = {2019}, pages = {160-147},
                         language = {en}}
                """;
        String good = bad.replace("@article{bad, title = {Imported two}, journal = {Acta}, year = {2019},"
                + " pages = {160-147},", "@article{fine, title = {Imported two}, journal = {Acta}, year = {2019},");
        int before = editing(e -> e.search(null)).size();

        ImportPreview refused = exchange(x -> x.store(BibliographyFormat.BIBTEX, bad, Locale.ENGLISH));
        assertEquals(List.of(2), refused.problems().stream().map(EntryProblem::line).toList());
        assertEquals(EntryProblem.Kind.INVALID, refused.problems().get(0).kind());
        assertEquals(List.of("PAGES"), refused.refusals().get(2).stream().map(EditOutcome.FieldProblem::field)
                .toList(), "named by the form's field, for the page to label it");
        assertEquals("Imported two", refused.titleAt(2), "and the entry by its title");
        assertEquals(before, editing(e -> e.search(null)).size());

        ImportPreview stored = exchange(x -> x.store(BibliographyFormat.BIBTEX, good, Locale.ENGLISH));
        assertTrue(stored.stored());
        assertEquals(before + 2, editing(e -> e.search(null)).size());
        List<Long> drafts = stored.rows().stream().map(ImportPreview.Row::storedAs).toList();
        assertEquals(List.of("Imported one", "Imported two"), drafts.stream()
                .map(id -> editing(e -> e.load(id).orElseThrow()).getTitle()).toList(),
                "each row names the draft it became, in the file's order");
        ImportPreview again = exchange(x -> x.preview(BibliographyFormat.BIBTEX, good, Locale.ENGLISH));
        assertEquals(2, again.getIdenticalCount(), "an import read again is the same sources");
    }

    @Test
    void theArticleExportsImportAsTheSameSources() {
        for (BibliographyFormat format : BibliographyFormat.values()) {
            String export = exchange(x -> x.export(format));
            ImportPreview preview = exchange(x -> x.preview(format, export, Locale.ENGLISH));
            assertEquals(List.of(), preview.problems(), format.name());
            assertEquals(preview.rows().size(), preview.getIdenticalCount(), format.name());
        }
    }

    @Test
    void everySaveAndDeleteOfTheEditorIsCreditedToTheSignedInAccount() {
        CALLER.signIn("carol", Set.of("STAFF"));
        long id = assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(journalArticle(
                "An article carol wrote down", "https://example.org/carol"), false, Locale.ENGLISH))).id();
        CALLER.signIn("dave", Set.of("STAFF"));
        SourceForm loaded = editing(e -> e.load(id).orElseThrow());
        loaded.setTitle("An article dave corrected");
        assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(loaded, false, Locale.ENGLISH)));
        CALLER.signIn("erin", Set.of("STAFF", "ADMIN"));
        long version = editing(e -> e.load(id).orElseThrow()).getVersion();
        assertInstanceOf(EditOutcome.Deleted.class, editing(e -> e.delete(id, version)));

        assertEquals(List.of("carol", "dave", "erin"), editors(id), "created, edited, moved to the trash");
    }

    @Test
    void anImportIsCreditedToTheAccountThatStoredIt() {
        CALLER.signIn("frank", Set.of("STAFF"));
        String file = "@article{frank, title = {An article frank imported}, journal = {Acta Imports},"
                + " year = {2018}, language = {en}}\n";

        assertTrue(exchange(x -> x.store(BibliographyFormat.BIBTEX, file, Locale.ENGLISH)).stored());

        long id = editing(e -> e.search("An article frank imported")).get(0).id();
        assertEquals(List.of("frank"), editors(id));
        editing(e -> e.delete(id, 0));
    }

    @Test
    void aSaveThatChangesNothingSaysSoAndWritesNoRevision() {
        // a source of the article with contributors and a citing footnote: every part of the form is saved back
        SourceForm cited = editing(e -> e.load(2005).orElseThrow());
        assertTrue(!cited.getContributors().isEmpty() && !cited.getAssignments().isEmpty(), "a full form");
        int revisions = editors(2005).size();

        EditOutcome outcome = editing(e -> e.save(cited, false, Locale.ENGLISH));

        assertEquals(new EditOutcome.Unchanged(2005), outcome);
        assertEquals(revisions, editors(2005).size(), "no revision");
        assertEquals(cited.getVersion(), editing(e -> e.load(2005).orElseThrow()).getVersion());
        SourceForm changed = editing(e -> e.load(2005).orElseThrow());
        changed.getAssignments().get(0).setLocator("p. 999");
        assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(changed, false, Locale.ENGLISH)),
                "a changed locator is a change");
        SourceForm back = editing(e -> e.load(2005).orElseThrow());
        back.getAssignments().get(0).setLocator(cited.getAssignments().get(0).getLocator());
        assertInstanceOf(EditOutcome.Saved.class, editing(e -> e.save(back, false, Locale.ENGLISH)));
    }

    /** Who made each revision of the source, oldest first, as the history reads them. */
    private static List<String> editors(long id) {
        return database.inTransaction(em -> {
            List<?> rows = AuditReaderFactory.get(em).createQuery()
                    .forRevisionsOfEntity(Source.class, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            return rows.stream().map(row -> ((Revision) ((Object[]) row)[1]).getEditor()).toList();
        });
    }

    @Test
    void onlyStaffEdit() {
        CALLER.signOut();
        assertThrows(NotPermitted.class, () -> editing(e -> e.search(null)));
    }
}
