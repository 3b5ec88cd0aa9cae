package org.eurasiadiplomacy.portal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history names the records its changes refer to as the pages do, in the reader's language (issue 16, item 6):
 * "Framework: initiative #1200" and "Country UZB" became the initiative's name and the country's code and name.
 */
class HistoryNamesTest {

    /** The Central Asia plus Japan dialogue; its first meeting; Uzbekistan, one of its members. */
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
