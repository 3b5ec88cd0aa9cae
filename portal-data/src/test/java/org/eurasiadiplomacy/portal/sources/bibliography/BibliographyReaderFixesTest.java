package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.junit.jupiter.api.Test;

/** What real files do that the readers once refused (issue 15), one shape at a time. */
class BibliographyReaderFixesTest {

    private static Source only(Reading reading) {
        assertEquals(List.of(), reading.problems());
        assertEquals(1, reading.entries().size());
        return reading.entries().get(0).source();
    }

    @Test
    void latexIsDecodedToUnicode() {
        assertEquals("Özge", LaTeXText.decode("{\\\"O}zge"));
        assertEquals("Řehůřek", LaTeXText.decode("{\\v R}eh{\\r u}{\\v r}ek"));
        assertEquals("pp.\u00A012–15 — a {b}", LaTeXText.decode("pp.~12--15 --- a \\{b\\}"));
        assertEquals("The UN and Gödel’s Ñandú", LaTeXText.decode("The {UN} and G\\\"{o}del\\textquoteright s \\~{N}and\\'u"));
        assertEquals("Straße, Łódź, naïve, Ångström", LaTeXText.decode("Stra\\ss e, \\L\\'od\\'z, na\\\"{\\i}ve, \\AA ngstr\\\"om"));
        assertEquals("Emphasised and bold", LaTeXText.decode("\\emph{Emphasised} and \\textbf{bold}"));
        assertEquals("Tragödie", LaTeXText.decode("Trag{\\\" o}die"));
        assertEquals("法医学铁道损伤图谱：{图}", LaTeXText.decode("{法医学}铁道损伤图谱：\\{图\\}"));
        assertEquals("a long title", BibliographyFormat.BIBTEX.read("@misc{a, title = {a long\n      title}}").entries().get(0).source().getTitle());
        assertEquals("its own\nline break", LaTeXText.decode("its own\nline break"));
        assertEquals("~ ^ & % $ # _ \\", LaTeXText.decode(
                "\\textasciitilde{} \\textasciicircum{} \\& \\% \\$ \\# \\_ \\textbackslash{}"));
    }

    @Test
    void bibtexTakesCjkKeysTextBetweenEntriesAndBiblatexFields() {
        Reading reading = BibliographyFormat.BIBTEX.read("""
                Text that BibTeX ignores, with an address: someone@example.org
                @book{傅斯年性命古訓1985,
                  title = {性命古訓辨證},
                  author = {{傅斯年}},
                  year = 1985,
                  publisher = {新文豐},
                  address = {台北}
                }
                % == BibTeX quality report for 傅斯年性命古訓1985: unused Number of pages ("270")

                @online{page,
                  author = {Kuroda, Haruhiko and {Ministry of Foreign Affairs}},
                  title = {Central Asia},
                  subtitle = {A New Approach},
                  date = {2019-03-01/2019-03-05},
                  urldate = {2024-05-06},
                  url = {https://www.mofa.go.jp/a_o/c~1/page_000001.html},
                  langid = {ngerman},
                }
                """);

        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("傅斯年性命古訓1985", "page"), reading.entries().stream().map(ReadEntry::key).toList());
        Source book = reading.entries().get(0).source();
        assertEquals(List.of(Contributor.literal("傅斯年", ContributorRole.AUTHOR)), book.getContributors());
        assertEquals("zh", book.getLanguage());
        assertTrue(reading.entries().get(0).languageGuessed());
        Source page = reading.entries().get(1).source();
        assertEquals(SourceType.WEB_PAGE, page.getType());
        assertEquals("Central Asia: A New Approach", page.getTitle());
        assertEquals(List.of(Contributor.person("Kuroda", "Haruhiko", ContributorRole.AUTHOR),
                Contributor.literal("Ministry of Foreign Affairs", ContributorRole.AUTHOR)), page.getContributors());
        assertEquals(PartialDate.of(2019, 3, 1), page.getDate().orElseThrow());
        assertEquals(PartialDate.of(2024, 5, 6), page.getAccessed().orElseThrow());
        assertEquals("https://www.mofa.go.jp/a_o/c~1/page_000001.html", page.getUrl().orElseThrow());
        assertEquals("de", page.getLanguage());
        assertFalse(reading.entries().get(1).languageGuessed());
    }

    @Test
    void bibtexCjkNamesInPartsPrintFamilyFirst() {
        Source source = only(BibliographyFormat.BIBTEX.read("""
                @incollection{higuchi,
                  title = {日本型排外主義をめぐる問い},
                  booktitle = {日本型排外主義},
                  author = {樋口, 直人 and 三ケ月 章},
                  date = {2014}, pages = {9--28}, langid = {japanese}
                }
                """));
        assertEquals(List.of("樋口直人", "三ケ月章"), source.getContributors().stream().map(Contributor::getName).toList());
        assertEquals("ja", source.getLanguage());
        assertEquals("9-28", source.getPages().orElseThrow());
        assertEquals("日本型排外主義", source.getContainer().orElseThrow());
    }

    @Test
    void bibtexMacrosMonthsXdataAndCrossrefCycles() {
        Reading reading = BibliographyFormat.BIBTEX.read("""
                @string{jes = "Journal of " # "Eurasian Studies"}
                @xdata{common, publisher = {Elsevier}, language = {english}}
                @article{blank, author = {Blank, Stephen}, title = {Whither the New Great Game}, journal = jes,
                  year = 2012, month = mar, xdata = {common}}
                @incollection{a, title = {A}, crossref = {b}, year = 2001}
                @incollection{b, title = {B}, crossref = {a}, year = 2001}
                """);

        assertEquals(List.of(), reading.problems());
        Source article = reading.entries().get(0).source();
        assertEquals("Journal of Eurasian Studies", article.getContainer().orElseThrow());
        assertEquals(PartialDate.of(2012, 3), article.getDate().orElseThrow());
        assertEquals("en", article.getLanguage());
        assertEquals(List.of("A", "B"), reading.entries().stream().skip(1).map(e -> e.source().getTitle()).toList());
        assertTrue(reading.entries().get(1).source().getParent().isEmpty(), "a chapter is part of a book only");
    }

    @Test
    void bibtexSyntaxErrorsNameTheEntryNotTheParser() {
        Reading reading = BibliographyFormat.BIBTEX.read("""
                @book{ok, title = {Fine}, year = 2001, publisher = {P}}
                @book{broken, title = {Broken entry},
                  year = 2001 = 2002}
                """);
        assertEquals(1, reading.problems().size());
        EntryProblem problem = reading.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals(EntryProblem.Kind.SYNTAX, problem.kind());
        assertEquals("Broken entry", problem.detail());
    }

    @Test
    void risTakesWhatDatabasesWrite() {
        String ris = String.join("\r", "1.", "TY  - JOUR", "AU  - Blank, Stephen", "TI  - Whither the New",
                "      Great Game\u2028in Central Asia?", "JO  - J. Eurasian Stud.", "JF  - Journal of Eurasian Studies",
                "PY  - 2012/03/14/accepted", "Y2  - 2024/05/06", "LA  - eng", "SP  - 147", "EP  - 160",
                "UR  - http://a.example/1 http://b.example/2", "UR  - http://c.example/3", "DO  - 10.1016/j.euras.2012.03.005",
                "ER  - ", "", "2.", "TY  - BOOK", "ED  - Rozman, Gilbert", "TI  - Japan-Russia Relations",
                "PY  - 0000", "ET  - 2nd", "SN  - 978-0-00-000000-0", "PB  - Sasakawa Peace Foundation", "ER  - ",
                "TY  - MGZN", "TI  - Seasons", "PY  - 2019 Spring", "ER  - ");

        Reading reading = BibliographyFormat.RIS.read(ris);

        assertEquals(List.of(), reading.problems());
        Source article = reading.entries().get(0).source();
        assertEquals("Whither the New Great Game in Central Asia?", article.getTitle());
        assertEquals("Journal of Eurasian Studies", article.getContainer().orElseThrow());
        assertEquals(PartialDate.of(2012, 3, 14), article.getDate().orElseThrow());
        assertEquals(PartialDate.of(2024, 5, 6), article.getAccessed().orElseThrow());
        assertEquals("en", article.getLanguage());
        assertEquals("147-160", article.getPages().orElseThrow());
        assertEquals("http://a.example/1", article.getUrl().orElseThrow());
        assertEquals(List.of(Contributor.person("Blank", "Stephen", ContributorRole.AUTHOR)), article.getContributors());
        Source book = reading.entries().get(1).source();
        assertEquals(SourceType.EDITED_BOOK, book.getType());
        assertTrue(book.getDate().isEmpty(), "year 0000 is no year");
        assertEquals(PartialDate.ofYear(2019), reading.entries().get(2).source().getDate().orElseThrow());
    }

    @Test
    void risWithLineFeedsAndCrLfReadsTheSame() {
        String lf = "TY  - ELEC\nID  - page1\nTI  - A page\nUR  - https://example.org\nDA  - 2020/05/21\nER  - \n";
        Source a = only(BibliographyFormat.RIS.read(lf));
        assertEquals("page1", BibliographyFormat.RIS.read(lf).entries().get(0).key());
        Source b = only(BibliographyFormat.RIS.read(lf.replace("\n", "\r\n")));
        assertEquals(a.getTitle(), b.getTitle());
        assertEquals(PartialDate.of(2020, 5, 21), b.getDate().orElseThrow());
        assertEquals("https://example.org", b.getUrl().orElseThrow());
    }

    @Test
    void cslJsonTakesZoterosOutput() {
        Reading reading = BibliographyFormat.CSL_JSON.read("\uFEFF" + """
                [{"id": "a", "type": "article-journal", "title": "The <i>Great</i> Game <span class=\\"nocase\\">in</span> Asia",
                  "container-title": "Journal of <b>Eurasian</b> Studies", "page": "1–68",
                  "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
                             {"literal": "外務省"}],
                  "issued": {"date-parts": [[2012, 3]]}, "accessed": {"date-parts": [[2024, 5, 6]]},
                  "language": "en-US", "URL": "https://example.org/a"},
                 {"id": "s", "type": "standard", "title": "ГОСТ 7.1—2003"},
                 {"id": "t", "type": "thesis", "title": "航拍视频中运动目标的检测与跟踪算法研究", "publisher": "西安电子科技大学"},
                 {"id": "w", "type": "post-weblog", "title": "A post", "URL": "https://example.org/b"},
                 {"id": "l", "type": "legislation", "title": "A law"},
                 {"id": "r", "type": "report", "title": "A report"}]
                """);

        assertEquals(List.of(), reading.problems());
        Source article = reading.entries().get(0).source();
        assertEquals("The Great Game in Asia", article.getTitle());
        assertEquals("Journal of Eurasian Studies", article.getContainer().orElseThrow());
        assertEquals("1-68", article.getPages().orElseThrow());
        assertEquals(List.of(Contributor.person("van Gogh", "Vincent", ContributorRole.AUTHOR),
                Contributor.literal("外務省", ContributorRole.AUTHOR)), article.getContributors());
        assertEquals(PartialDate.of(2024, 5, 6), article.getAccessed().orElseThrow());
        assertEquals("en-US", article.getLanguage());
        assertEquals(List.of(SourceType.OFFICIAL_DOCUMENT, SourceType.BOOK, SourceType.WEB_PAGE,
                SourceType.OFFICIAL_DOCUMENT, SourceType.OFFICIAL_DOCUMENT),
                reading.entries().stream().skip(1).map(e -> e.source().getType()).toList());
        assertEquals(List.of("ru", "zh"), reading.entries().stream().skip(1).limit(2)
                .map(e -> e.source().getLanguage()).toList());
    }

    @Test
    void aFileOfAnotherFormatOrNoTextIsNamedAsSuch() {
        String ris = "TY  - BOOK\nTI  - A book\nER  - \n";
        Reading asBibtex = BibliographyFormat.BIBTEX.read(ris);
        assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.OTHER_FORMAT, "RIS")), asBibtex.problems());
        Reading asJson = BibliographyFormat.CSL_JSON.read("@book{a, title = {A}}");
        assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.OTHER_FORMAT, "BibTeX")), asJson.problems());
        Reading asRis = BibliographyFormat.RIS.read("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"}]");
        assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.OTHER_FORMAT, "CSL-JSON")), asRis.problems());

        String pdf = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\u0000\u0001\u0002\u0003 stream\u0004\u0005";
        for (BibliographyFormat format : BibliographyFormat.values()) {
            assertEquals(List.of(new EntryProblem(1, null, EntryProblem.Kind.NOT_TEXT, "")),
                    format.read(pdf).problems(), format.name());
        }
    }

    @Test
    void theCountOfEntriesFoundIncludesTheRefusedOnes() {
        Reading reading = BibliographyFormat.BIBTEX.read("""
                @book{a, title = {Read}, year = 2001}
                @book{b, title = {Refused for its date too}, date = {20x1}}
                @book{c, title = {Refused for its date}, year = {soon}}
                """);
        assertEquals(1, reading.entries().size());
        assertEquals(3, reading.entriesFound());
    }

    @Test
    void nestedAccentsAndLongChainsOfThemCostNoStack() {
        // 20,000 accents inside each other and 20,000 accents on accents (a value holds 100,000 characters): read in one pass, no recursion
        String nested = "\\\"{".repeat(20_000) + "o" + "}".repeat(20_000);
        String chained = "\\\"".repeat(20_000) + "o";
        Reading reading = BibliographyFormat.BIBTEX.read("@misc{a, title = {" + nested + "}, url = {https://a.example}}\n"
                + "@misc{b, title = {" + chained + "}, url = {https://b.example}}\n");
        assertEquals(List.of(), reading.problems());
        assertEquals("ö", reading.entries().get(0).source().getTitle());
        assertEquals("ö", reading.entries().get(1).source().getTitle());
    }
}
