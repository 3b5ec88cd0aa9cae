package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceFields;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad entries with their lines, other tools' spellings, and text that is syntax in one of the formats. */
class BibliographyReadersTest {

    @Test
    void bibtexReportsTheBadEntryAtItsLineAndReadsTheOthers() {
        String file = """
                % exported by hand
                @book{good1,
                  author = {{Peter Hopkirk}},
                  title = {The Great Game},
                  year = {2016},
                  language = {en},
                }

                @article{broken,
                  title = {Unclosed,
                  year = 2012
                
                @article{good2,
                  author = {Blank, Stephen},
                  title = {Whither the New Great Game in Central Asia?},
                  journal = {Journal of Eurasian Studies},
                  year = {2012}, month = mar,
                  pages = {147--160},
                  language = {en},
                }
                """;

        Reading reading = BibliographyFormat.BIBTEX.read(file);

        assertEquals(1, reading.problems().size(), reading.problems().toString());
        assertEquals(9, reading.problems().get(0).line());
        assertEquals(List.of(2, 13), reading.entries().stream().map(ReadEntry::line).toList());
        Source article = reading.entries().get(1).source();
        assertEquals(PartialDate.of(2012, 3), article.getDate().orElseThrow());
        assertEquals("147-160", article.getPages().orElseThrow());
        assertEquals(List.of(Contributor.person("Blank", "Stephen", ContributorRole.AUTHOR)), article.getContributors());
    }

    @Test
    void bibtexReadsUnknownTypesAsOtherAndReportsBadDates() {
        Reading reading = BibliographyFormat.BIBTEX.read("""
                @movie{t, title = {A film}, year = {2001}}
                @a{a, title = {citation-js's made-up type}}
                @book{b, title = {A book}, year = {20x1}}
                """);

        assertEquals(List.of(3), reading.problems().stream().map(EntryProblem::line).toList());
        assertEquals(EntryProblem.Kind.BAD_DATE, reading.problems().get(0).kind());
        assertEquals(List.of(SourceType.OTHER, SourceType.OTHER), reading.entries().stream()
                .map(e -> e.source().getType()).toList(), "as BibTeX's styles print them: as @misc");
        assertFalse(reading.isClean());
    }

    @Test
    void risReportsTheBadRecordAtItsTypeLine() {
        String file = """
                TY  - JOUR
                AU  - Stephen Blank
                TI  - Whither the New Great Game in Central Asia?
                T2  - Journal of Eurasian Studies
                PY  - 2012
                SP  - 147
                EP  - 160
                LA  - en
                ER  - 

                TY  - JOUR
                TI  - Broken record
                  that continues its title and has no end


                TY  - NEWS
                TI  - No end
                DA  - 1996/13/02/
                ER  - 
                """;

        Reading reading = BibliographyFormat.RIS.read(file);

        assertEquals(List.of(11, 16), reading.problems().stream().map(EntryProblem::line).toList());
        assertEquals(EntryProblem.Kind.SYNTAX, reading.problems().get(0).kind());
        assertEquals(EntryProblem.Kind.BAD_DATE, reading.problems().get(1).kind());
        assertEquals(1, reading.entries().size());
        assertEquals("147-160", reading.entries().get(0).source().getPages().orElseThrow());
    }

    @Test
    void emptyFilesAreAProblemNotAnEmptyImport() {
        for (BibliographyFormat format : BibliographyFormat.values()) {
            Reading reading = format.read(format == BibliographyFormat.CSL_JSON ? "[]" : "\n");
            assertFalse(reading.isClean(), format.name());
        }
    }

    @ParameterizedTest
    @EnumSource(BibliographyFormat.class)
    void markupAndFormatSyntaxInTextSurviveAsText(BibliographyFormat format) {
        Source hostile = new Source(SourceType.WEB_PAGE, "x", "en");
        String payload = "<script>alert('t')</script> {unbalanced \\ } } \" and others";
        hostile.describe(SourceType.WEB_PAGE, payload, "\"><img src=x onerror=alert(1)>", "en");
        hostile.publishedIn("ER  - {", "@book{x,", "%place", PartialDate.of(2020, 5, 21));
        hostile.locatedAt("1", "2", "3-4", "https://example.org/a?b=<c>&d='e'");
        hostile.creditedTo(List.of(Contributor.literal("<b>Bold</b> and {Co}", ContributorRole.AUTHOR),
                Contributor.literal("Translator \\", ContributorRole.TRANSLATOR)), true);

        Reading reading = format.read(format.write(List.of(hostile)));

        assertTrue(reading.isClean(), reading.problems().toString());
        assertEquals(SourceFields.of(hostile), SourceFields.of(reading.entries().get(0).source()));
    }
}
