package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Attack files against the readers (issue 17, finding 5): each is answered with one problem of its own kind,
 * which the import page names in the reader's language (sourceImport.kind.TOO_LARGE, .TOO_DEEP), never with
 * an exhausted heap, a quadratic wait or a stack trace. Structural checks only: no clock is read.
 */
class BibliographyBoundsTest {

    @Test
    void macrosThatDoubleEachOtherAreRefusedInsteadOfFillingTheHeap() {
        StringBuilder file = new StringBuilder("@string{m0 = \"0123456789\"}\n");
        for (int i = 1; i <= 40; i++) {
            file.append("@string{m").append(i).append(" = m").append(i - 1).append(" # m").append(i - 1).append("}\n");
        }
        file.append("@book{bomb, title = m40, author = m40, year = 2020}\n");
        // 2^40 × 10 characters if expanded; the file itself is about a kilobyte
        assertTrue(file.length() < 1500, "a small file: " + file.length());

        Reading reading = BibliographyFormat.BIBTEX.read(file.toString());

        assertEquals(List.of(), reading.entries());
        assertEquals(1, reading.problems().size(), reading.problems().toString());
        EntryProblem problem = reading.problems().get(0);
        assertEquals(EntryProblem.Kind.TOO_LARGE, problem.kind());
        assertTrue(problem.detail().contains(Integer.toString(Expansion.MAX_VALUE_CHARS)), problem.detail());
    }

    @Test
    void manyFieldsReferringToOneLargeMacroAreBoundedForTheWholeFile() {
        StringBuilder file = new StringBuilder("@string{big = \"").append("x".repeat(90_000)).append("\"}\n");
        for (int i = 0; i < 120; i++) {
            file.append("@misc{e").append(i).append(", title = big, note = big}\n");
        }

        Reading reading = BibliographyFormat.BIBTEX.read(file.toString());

        assertEquals(List.of(EntryProblem.Kind.TOO_LARGE),
                reading.problems().stream().map(EntryProblem::kind).toList());
        assertEquals(List.of(), reading.entries(), "nothing of the file is read");
    }

    @Test
    void twoThousandMacrosAndTwoThousandEntriesAreReadInOnePassEach() {
        int count = 2_000;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            file.append("@string{journal").append(i).append(" = \"Journal number ").append(i).append("\"}\n");
        }
        for (int i = 0; i < count; i++) {
            file.append("@article{a").append(i).append(", author = {Kim, Min}, title = {Title ").append(i)
                    .append("}, journal = journal").append(i).append(", year = 2019}\n");
        }
        AtomicLong parsed = new AtomicLong();

        Reading reading = BibTeXReader.read(file.toString(), parsed::addAndGet);

        assertEquals(List.of(), reading.problems());
        assertEquals(count, reading.entries().size());
        assertEquals("Journal number 1234", reading.entries().stream()
                .filter(entry -> entry.key().equals("a1234")).findFirst().orElseThrow()
                .source().getContainer().orElseThrow());
        assertTrue(parsed.get() <= file.length(),
                "every character is given to the parser once, not once per entry: " + parsed.get() + " of "
                        + file.length());
    }

    @Test
    void cslJsonNestedDeeperThanABibliographyIsRefusedWithItsLine() {
        String deep = "[\n" + "[".repeat(2_000) + "]".repeat(2_000) + "\n]";

        Reading reading = BibliographyFormat.CSL_JSON.read(deep);

        assertEquals(List.of(), reading.entries());
        assertEquals(List.of(new EntryProblem(2, null, EntryProblem.Kind.TOO_DEEP,
                "more than " + CslJsonReader.MAX_DEPTH + " levels")), reading.problems());

        String deepInAnItem = "[{\"id\": \"x\", \"type\": \"book\", \"title\": \"T\", \"note\": "
                + "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500) + "}]";
        assertEquals(List.of(EntryProblem.Kind.TOO_DEEP),
                BibliographyFormat.CSL_JSON.read(deepInAnItem).problems().stream().map(EntryProblem::kind).toList());
    }

    @Test
    void anOrdinaryCslJsonFileIsNotTooDeep() {
        Reading reading = BibliographyFormat.CSL_JSON.read("""
                [{"id": "k", "type": "book", "title": "A book", "author": [{"family": "Kim", "given": "Min"}],
                  "issued": {"date-parts": [[2019, 5]]}}]""");

        assertEquals(List.of(), reading.problems());
        assertEquals(1, reading.entries().size());
    }
}
