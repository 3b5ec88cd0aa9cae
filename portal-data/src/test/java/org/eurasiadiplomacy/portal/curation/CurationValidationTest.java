package org.eurasiadiplomacy.portal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.record.TextRules;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * What the curation form refuses, each on its own field (issue 17, finding 12): over-long texts, control
 * characters, invisible-only texts, choices that are not on the list, and office years out of range. Nothing
 * is saved when anything is refused.
 */
class CurationValidationTest {

    /** Shinzo Abe in the article's data. */
    private static final long ABE = 1106;

    @TempDir
    static Path folder;

    static PortalDatabase db;
    static final FakeCaller caller = new FakeCaller();

    @BeforeAll
    static void open() {
        db = PortalDatabase.createIn(folder);
        caller.signIn("alice", Set.of("ADMIN", "STAFF"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void anOverlongTextIsRefusedOnItsFieldWithItsColumnsLength() {
        RecordForm form = curation(c -> c.edit(ABE));
        form.getValues().put("name.en", "A".repeat(10_000));

        assertEquals(List.of(Problem.of("name.en", "size", 200)), refused(form));
        assertUnchanged();
    }

    @Test
    void anOverlongSummaryIsRefusedOnItsField() {
        long initiative = 1200;
        RecordForm form = curation(c -> c.edit(initiative));
        form.getValues().put("summary.en", "x".repeat(10_000));

        List<Problem> problems = refused(form);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("summary.en", problems.get(0).key());
        assertEquals("size", problems.get(0).reason());
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsAreText() {
        RecordForm form = curation(c -> c.edit(ABE));
        form.getValues().put("nameOriginal", "安倍\u0000晉三");
        form.getValues().put("name.en", "Shinzo\u001bAbe");
        form.rows("offices").get(0).put("title.en", "Prime\u0007Minister");

        assertEquals(Set.of(Problem.of("nameOriginal", "controlCharacter"), Problem.of("name.en", "controlCharacter"),
                Problem.of("offices.0.title.en", "controlCharacter")), Set.copyOf(refused(form)));
        assertUnchanged();

        RecordForm initiative = curation(c -> c.edit(1200));
        initiative.getValues().put("summary.en", "First line\n\tsecond line\r\nthird line");
        RecordForm saved = curation(c -> c.update(initiative));
        assertEquals("First line\n\tsecond line\r\nthird line", saved.getValues().get("summary.en"));
    }

    @Test
    void aTextOfInvisibleCharactersOnlyIsRefused() {
        RecordForm form = curation(c -> c.edit(ABE));
        form.getValues().put("name.en", "\u200B\u200B\u200B");
        form.getValues().put("name.zh", "\u3164\uFEFF\u2060");

        assertEquals(Set.of(Problem.of("name.en", "invisible"), Problem.of("name.zh", "invisible")),
                Set.copyOf(refused(form)));
        assertUnchanged();
    }

    @Test
    void aChoiceThatIsNotOnTheListIsRefusedOnItsField() {
        RecordForm person = curation(c -> c.blank(RecordKind.COUNTRY));
        person.getValues().putAll(Map.of("code", "ZZZ", "name.zh", "測試", "name.en", "Test",
                "region", "ATLANTIS", "actorType", "STATE"));
        assertEquals(List.of(Problem.of("region", "choice")),
                assertThrows(InvalidRecord.class, () -> curation(c -> c.create(person))).problems());

        RecordForm initiative = curation(c -> c.edit(1200));
        initiative.rows("members").get(0).put("role", "OVERLORD");
        assertEquals(List.of(Problem.of("members.0.role", "choice")), refused(initiative));
    }

    @Test
    void officeYearsLieBetweenTheEarliestAndTheLatestYear() {
        RecordForm form = curation(c -> c.edit(ABE));
        form.rows("offices").get(1).putAll(Map.of("yearFrom", "99999"));
        form.rows("offices").get(0).putAll(Map.of("yearFrom", "1799"));

        assertEquals(Set.of(Problem.of("offices.1.yearFrom", "max", 2100L), Problem.of("offices.0.yearFrom", "min",
                1800L)), Set.copyOf(refused(form)));
        assertUnchanged();
    }

    @Test
    void decimalsInExponentNotationOrBeyondThirtyDigitsAreNotNumbersHere() {
        long figure = db.inTransaction(em -> em.createQuery("select min(o.id) from OdaFigure o", Long.class)
                .getSingleResult());
        for (String amount : List.of("1e2147483647", "1E-2147483647", "9".repeat(31), "1e9999999999")) {
            RecordForm form = curation(c -> c.edit(figure));
            form.getValues().put("amountUsdMillions", amount);
            assertEquals(List.of(Problem.of("amountUsdMillions", "decimal")), refused(form), amount);
        }
    }

    @Test
    void everyTextOfTheArticleKeepsTheRules() {
        List<String> broken = db.inTransaction(em -> em.createQuery("select r from Record r", Record.class)
                .getResultList().stream()
                .flatMap(record -> TextRules.check(record).stream().map(v -> record.getId() + " " + v))
                .toList());

        assertEquals(List.of(), broken, "the rules fit the article's own data and the columns it is stored in");
    }

    private List<Problem> refused(RecordForm form) {
        return assertThrows(InvalidRecord.class, () -> curation(c -> c.update(form))).problems();
    }

    private void assertUnchanged() {
        assertEquals(1, curation(c -> c.history(ABE)).size(), "nothing was saved");
    }

    private <T> T curation(Function<Curation, T> work) {
        return CurationIn.transaction(db, caller, work);
    }
}
