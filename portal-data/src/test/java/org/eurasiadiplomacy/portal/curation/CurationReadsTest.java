package org.eurasiadiplomacy.portal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.diagnostics.StatementCounter;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What administrators read, on the real persistence unit: the list of records, searched, sorted and paged in the
 * database (issue 16, item 2), and a history that names the records its changes refer to as the pages do, in the
 * reader's language (issue 16, item 6: "Framework: initiative #1200" and "Country UZB" became names).
 */
class CurationReadsTest {

    /** The Central Asia plus Japan dialogue, and Uzbekistan, one of its members. */
    private static final long DIALOGUE = 1200;
    private static final long UZBEKISTAN = 1002;

    @TempDir
    Path folder;

    PortalDatabase db;
    final FakeCaller caller = new FakeCaller();

    @BeforeEach
    void open() {
        // a database opened afresh, as CatalogPublicationTest explains (H2 check constraints and new sessions)
        PortalDatabase.createIn(folder).close();
        db = PortalDatabase.createIn(folder);
        caller.signIn("alice", Set.of("ADMIN", "STAFF"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPageIsCountedAndReadInTheDatabaseAndEveryPageCostsTheSame() {
        RecordsQuery all = new RecordsQuery(null, StatusFilter.ACTIVE, null, null, false, Locale.ENGLISH);
        long total = curation(c -> c.count(all));
        assertEquals((long) curation(c -> c.list(null, StatusFilter.ACTIVE)).size(), total,
                "the same records as the list");
        assertTrue(total > 300, "the article's records: " + total);

        StatementCounter.reset();
        List<RecordSummary> first = curation(c -> c.page(all, 0, 25));
        int statements = StatementCounter.count();
        List<RecordSummary> last = curation(c -> c.page(all, (int) total - 5, 25));

        assertEquals(25, first.size());
        assertEquals(5, last.size(), "the last page holds what is left");
        StatementCounter.reset();
        curation(c -> c.page(all, 200, 25));
        assertEquals(statements, StatementCounter.count(), "one page, one query, wherever it is");
    }

    @Test
    void wordsAreSearchedInEitherLanguageAndTheirWildcardsAreText() {
        RecordsQuery english = new RecordsQuery(null, null, " uzbek ", null, false, Locale.ENGLISH);
        RecordsQuery chinese = new RecordsQuery(RecordKind.COUNTRY, null, "烏茲別克", null, false,
                Locale.TRADITIONAL_CHINESE);
        RecordsQuery percent = new RecordsQuery(null, null, "%", null, false, Locale.ENGLISH);

        List<RecordSummary> found = curation(c -> c.page(english, 0, 100));
        assertTrue(found.stream().anyMatch(r -> r.kind() == RecordKind.COUNTRY && r.labelEn().equals("UZB Uzbekistan")),
                found.toString());
        assertTrue(found.stream().allMatch(r -> (r.labelEn() + " " + r.labelZh()).toLowerCase(Locale.ROOT)
                .contains("uzbek")), "only records whose label holds the words: " + found);
        assertEquals((long) found.size(), (long) curation(c -> c.count(english)));
        assertEquals(List.of("UZB 烏茲別克"), curation(c -> c.page(chinese, 0, 100)).stream()
                .map(RecordSummary::labelZh).toList());
        assertEquals(0L, (long) curation(c -> c.count(percent)), "a % is a character to find, not a wildcard");
    }

    @Test
    void theOrderIsTheReadersLabelOrAColumnEitherWay() {
        RecordsQuery byName = new RecordsQuery(RecordKind.COUNTRY, null, null, "label", false, Locale.ENGLISH);
        RecordsQuery byNameDown = new RecordsQuery(RecordKind.COUNTRY, null, null, "label", true, Locale.ENGLISH);
        RecordsQuery unknown = new RecordsQuery(RecordKind.COUNTRY, null, null, "id; drop table record", false,
                Locale.ENGLISH);

        List<String> up = curation(c -> c.page(byName, 0, 100)).stream().map(RecordSummary::labelEn).toList();
        List<String> down = curation(c -> c.page(byNameDown, 0, 100)).stream().map(RecordSummary::labelEn).toList();

        assertEquals(up.stream().sorted(Comparator.naturalOrder()).toList(), up, "by the English label");
        List<String> reversed = new ArrayList<>(up);
        Collections.reverse(reversed);
        assertEquals(reversed, down);
        assertEquals(up.size(), curation(c -> c.page(unknown, 0, 100)).size(), "an unknown order is the default one");
    }

    @Test
    void referencedRecordsAreNamedInTheReadersLanguage() {
        long meeting = db.inTransaction(em -> em.createQuery(
                "select min(m.id) from Meeting m where m.initiative.id = :dialogue", Long.class)
                .setParameter("dialogue", DIALOGUE).getSingleResult());
        long figure = db.inTransaction(em -> em.createQuery(
                "select min(o.id) from OdaFigure o where o.recipient.id = :country", Long.class)
                .setParameter("country", UZBEKISTAN).getSingleResult());

        assertEquals("Central Asia plus Japan dialogue", created(meeting, "initiative", Locale.ENGLISH));
        assertEquals("中亞 + 日本", created(meeting, "initiative", Locale.TRADITIONAL_CHINESE));
        assertEquals("UZB Uzbekistan", created(figure, "recipient", Locale.ENGLISH));
        assertEquals("UZB 烏茲別克", created(figure, "recipient", Locale.TRADITIONAL_CHINESE));
        assertEquals("JPN Japan", created(figure, "donor", Locale.ENGLISH));
        assertEquals("JPN 日本", created(figure, "donor", Locale.TRADITIONAL_CHINESE));
    }

    /** What the revision that created {@code id} set {@code key} to, as the history shows it in {@code locale}. */
    private String created(long id, String key, Locale locale) {
        List<RevisionEntry> history = curation(c -> c.history(id, locale));
        return history.get(history.size() - 1).changes().stream().filter(change -> change.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + history)).to();
    }

    private <T> T curation(Function<Curation, T> work) {
        return CurationIn.transaction(db, caller, work);
    }
}
