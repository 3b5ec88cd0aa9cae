package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceFields;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Every source of the article, written in each format and read back, is the same source, field for field. */
class BibliographyRoundTripTest {

    @TempDir
    static Path folder;

    private static PortalDatabase database;
    private static final Map<BibliographyFormat, String> EXPORTS = new EnumMap<>(BibliographyFormat.class);
    private static List<SourceFields> expected;

    @BeforeAll
    static void exportTheArticle() {
        database = PortalDatabase.createIn(folder);
        database.run(em -> {
            List<Source> sources = em.createQuery(
                    "select distinct s from Source s left join fetch s.contributors left join fetch s.parent"
                            + " order by s.id", Source.class).getResultList();
            assertEquals(41, sources.size(), "the article cites 41 sources");
            for (BibliographyFormat format : BibliographyFormat.values()) {
                EXPORTS.put(format, format.write(sources));
            }
            expected = ExportSet.of(sources).sources().stream().map(SourceFields::of).toList();
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(BibliographyFormat.class)
    void importingAnExportGivesTheSameSources(BibliographyFormat format) {
        Reading reading = format.read(EXPORTS.get(format));

        assertEquals(List.of(), reading.problems(), format + " export read with problems");
        List<SourceFields> imported = reading.entries().stream().map(e -> SourceFields.of(e.source())).toList();
        assertEquals(expected.size(), imported.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), imported.get(i), format + " entry " + (i + 1));
        }
    }

    @ParameterizedTest
    @EnumSource(BibliographyFormat.class)
    void chaptersFindTheirBookInTheSameFile(BibliographyFormat format) {
        Reading reading = format.read(EXPORTS.get(format));

        ReadEntry chapter = reading.entries().stream()
                .filter(e -> e.source().getTitle().equals("What is Japan up to in Central Asia?")).findFirst()
                .orElseThrow();
        Source book = chapter.source().getParent().orElseThrow();
        assertEquals("Japan’s Silk Road Diplomacy: Paving the Road Ahead", book.getTitle());
        assertTrue(book.isEtAl(), "the book's editors are printed with et al.");
        assertTrue(reading.entries().stream().anyMatch(e -> e.source() == book), "the book is an entry itself");
    }

    @ParameterizedTest
    @EnumSource(value = BibliographyFormat.class, names = {"BIBTEX", "CSL_JSON"})
    /** RIS has no line breaks inside a value (its readers take a break for a new tag), so it is not asked here. */
    void latexSpecialsAndLineBreaksComeBackUnchanged(BibliographyFormat format) {
        Source report = new Source(SourceType.OFFICIAL_DOCUMENT, "x", "en");
        report.describe(SourceType.OFFICIAL_DOCUMENT, "R&D: 50% of $ #1 _x_ ~ ^ \\\nsecond line",
                "Summary\nin two lines", "en");
        report.publishedIn(null, "AT&T", "New York", PartialDate.of(2019, 5));
        report.creditedTo(List.of(Contributor.literal("Research & Development Bureau", ContributorRole.AUTHOR)),
                false);

        Reading reading = format.read(format.write(List.of(report)));

        assertTrue(reading.isClean(), reading.problems().toString());
        assertEquals(SourceFields.of(report), SourceFields.of(reading.entries().get(0).source()));
    }

    @ParameterizedTest
    @EnumSource(BibliographyFormat.class)
    void aValueWithLineBreaksOfItsOwnComesBackWithThem(BibliographyFormat format) {
        Source poem = new Source(SourceType.BOOK, "First line\nSecond line\nER  - not a field", "en");
        poem.publishedIn(null, "A press\nof two lines", null, PartialDate.ofYear(2001));

        Reading reading = format.read(format.write(List.of(poem)));

        assertEquals(List.of(), reading.problems());
        Source back = reading.entries().get(0).source();
        assertEquals(format == BibliographyFormat.RIS ? "First line\nSecond line ER  - not a field"
                : "First line\nSecond line\nER  - not a field", back.getTitle(),
                "RIS cannot carry a line that reads as a field of its own; it is joined, never a field");
        assertEquals("A press\nof two lines", back.getPublisher().orElseThrow());
    }
}
