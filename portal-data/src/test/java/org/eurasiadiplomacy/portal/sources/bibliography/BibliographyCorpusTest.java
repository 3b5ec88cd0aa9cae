package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus (src/test/resources/bibliography/corpus, origins in its README) through reader →
 * source → the model's validation → each export → the reader again, which must give the same source field for
 * field (what the import takes as "already stored, unchanged"). A sample of entries is checked field by field
 * against the file's own text, and the files that cannot be imported whole are listed with their reason, as
 * docs/bibliography.md explains them.
 */
class BibliographyCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bibliography/corpus");
    /** A parser's or the JVM's own words, which a person should never be shown. */
    private static final Pattern RAW = Pattern.compile(
            "(?i)exception|lexical error|encountered|org\\.jbibtex|jakarta\\.|parsson|at line \\d+, column");

    private static Validator validator;

    @BeforeAll
    static void validation() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @AfterAll
    static void noState() {
        validator = null;
    }

    static Stream<String> files() {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.map(path -> path.getFileName().toString()).filter(name -> !name.equals("README.md"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BibliographyFormat formatOf(String file) {
        return file.startsWith("bib-") ? BibliographyFormat.BIBTEX
                : file.startsWith("ris-") ? BibliographyFormat.RIS : BibliographyFormat.CSL_JSON;
    }

    static Reading read(String file) {
        try {
            return formatOf(file).read(Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean valid(Source source) {
        return validator.validate(source).isEmpty() && source.getParent().map(BibliographyCorpusTest::valid)
                .orElse(true);
    }

    @Test
    void theCorpusHoldsFortyFilesAndMoreInEachFormat() {
        List<String> files = files().toList();
        assertTrue(files.size() >= 40, files.size() + " files");
        for (BibliographyFormat format : BibliographyFormat.values()) {
            assertTrue(files.stream().filter(file -> formatOf(file) == format).count() >= 10, format.name());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFileGetsAnAnswerThatNamesItsEntries(String file) {
        Reading reading = read(file);

        assertFalse(reading.entries().isEmpty() && reading.problems().isEmpty(), "an answer either way");
        assertTrue(reading.entriesFound() >= reading.entries().size());
        for (EntryProblem problem : reading.problems()) {
            assertTrue(problem.line() >= 1, problem.toString());
            assertFalse(RAW.matcher(problem.detail()).find(), "no parser's words: " + problem);
        }
        for (ReadEntry entry : reading.entries()) {
            assertTrue(entry.line() >= 1);
            assertFalse(entry.source().getLanguage().isBlank(), "never without a language: line " + entry.line());
        }
    }

    /**
     * Every entry the model takes, exported in each format and read back, is the same source, field for field;
     * but for the few that RIS cannot carry, listed with their reasons in {@link CorpusExpectations#RIS_CHANGED}.
     */
    @ParameterizedTest
    @MethodSource("files")
    void everyImportableEntryExportsAndImportsAgainUnchanged(String file) {
        List<Source> importable = read(file).entries().stream().map(ReadEntry::source)
                .filter(BibliographyCorpusTest::valid).toList();
        List<SourceFields> expected = ExportSet.of(importable).sources().stream().map(SourceFields::of).toList();

        for (BibliographyFormat format : BibliographyFormat.values()) {
            Reading again = format.read(format.write(importable));
            List<SourceFields> actual = again.entries().stream().map(e -> SourceFields.of(e.source())).toList();
            if (importable.isEmpty()) {
                assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.EMPTY, "")), again.problems(),
                        format.name());
                continue;
            }
            assertEquals(List.of(), again.problems(), format.name());
            assertEquals(expected.size(), actual.size(), format + " of " + file);
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    changed.add(i + 1);
                }
            }
            assertEquals(CorpusExpectations.RIS_CHANGED.getOrDefault(format + " " + file, List.of()), changed,
                    format + " of " + file + ": entries that come back changed");
        }
    }

    /**
     * The files that cannot be imported whole (the import stores all or nothing), each with the reason that
     * docs/bibliography.md gives. Any other file imports with no change by hand.
     */
    @Test
    void onlyTheseFilesNeedAChangeByHand() {
        Map<String, String> refused = new TreeMap<>();
        for (String file : files().toList()) {
            Reading reading = read(file);
            long invalid = reading.entries().stream().map(ReadEntry::source).filter(s -> !valid(s)).count();
            if (!reading.problems().isEmpty() || invalid > 0) {
                refused.put(file, reading.problems().size() + " refused, " + invalid + " invalid");
            }
        }
        long total = files().count();
        System.out.printf("corpus: %d of %d files import whole (%.0f%%); needing a change: %s%n",
                total - refused.size(), total, 100.0 * (total - refused.size()) / total, refused);
        assertEquals(CorpusExpectations.REFUSED, refused.keySet());
    }

    @Test
    void theWebOfScienceFileIsNamedAsTheFormatItIsAndNotReadAsRis() {
        Reading reading = read("ris-rispy-wos.ris");

        assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.UNREAD_FORMAT,
                FormatCheck.WEB_OF_SCIENCE_NAME)), reading.problems());
        assertEquals(List.of(), reading.entries());
    }

    record Sample(String file, int line, String type, String title, List<String> contributors, String date,
                  String container, String volume, String issue, String pages, String url, String accessed,
                  String language) {
    }

    static Stream<Sample> samples() {
        return CorpusExpectations.SAMPLES.stream();
    }

    /** Contributors as "ROLE Family|Given" for persons and "ROLE =Name" for literal names. */
    static String shown(Contributor contributor) {
        return contributor.getRole() + " " + (contributor.isLiteral() ? "=" + contributor.getName()
                : contributor.getFamily().orElse("") + "|" + contributor.getGiven().orElse(""));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampledEntriesKeepEveryFieldAsTheFilePrintsIt(Sample sample) {
        ReadEntry entry = read(sample.file).entries().stream().filter(e -> e.line() == sample.line).findFirst()
                .orElseThrow(() -> new AssertionError("no entry at line " + sample.line));
        Source source = entry.source();
        assertEquals(sample.type, source.getType().name());
        assertEquals(sample.title, source.getTitle());
        List<String> contributors = new ArrayList<>(source.getContributors().stream()
                .map(BibliographyCorpusTest::shown).toList());
        assertEquals(sample.contributors, contributors);
        assertEquals(sample.date, source.getDate().map(PartialDate::toIso).orElse(null));
        assertEquals(sample.container, source.getContainer()
                .or(() -> source.getParent().map(Source::getTitle)).orElse(null));
        assertEquals(sample.volume, source.getVolume().orElse(null));
        assertEquals(sample.issue, source.getIssue().orElse(null));
        assertEquals(sample.pages, source.getPages().orElse(null));
        assertEquals(sample.url, source.getUrl().orElse(null));
        assertEquals(sample.accessed, source.getAccessed().map(PartialDate::toIso).orElse(null));
        assertEquals(sample.language, source.getLanguage() + (entry.languageGuessed() ? " (guessed)" : ""));
    }
}
