package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
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

/** What each writer makes of persons, bodies, access dates and LaTeX's special characters. */
class BibliographyWritersTest {

    private static Source webPage() {
        Source page = new Source(SourceType.WEB_PAGE, "x", "ja");
        page.describe(SourceType.WEB_PAGE, "中央アジア＋日本 & 50% of $ #1 _x_ ~ ^", null, "ja");
        page.locatedAt(null, null, null, "https://www.mofa.go.jp/a_b/page%20one.html#top");
        page.accessedOn(PartialDate.of(2024, 3, 14));
        page.creditedTo(List.of(Contributor.person("武田", "史郎", ContributorRole.AUTHOR),
                Contributor.person("Brzezinski", "Zbigniew", ContributorRole.AUTHOR),
                Contributor.person("van Gogh", "Vincent", ContributorRole.AUTHOR),
                Contributor.literal("外務省", ContributorRole.AUTHOR),
                Contributor.literal("Ministry of Foreign Affairs, Trade and Development", ContributorRole.EDITOR)),
                false);
        return page;
    }

    @Test
    void bibtexWritesPersonsFamilyFirstBracesBodiesAndEscapesLatex() {
        String bibtex = BibliographyFormat.BIBTEX.write(List.of(webPage()));

        assertTrue(bibtex.contains("  author = {武田, 史郎 and Brzezinski, Zbigniew and {van Gogh}, Vincent"
                + " and {外務省}},\n"), bibtex);
        assertTrue(bibtex.contains("  editor = {{Ministry of Foreign Affairs, Trade and Development}},\n"), bibtex);
        assertTrue(bibtex.contains("  title = {中央アジア＋日本 \\& 50\\% of \\$ \\#1 \\_x\\_ \\textasciitilde{}"
                + " \\textasciicircum{}},\n"), bibtex);
        assertTrue(bibtex.contains("  url = {https://www.mofa.go.jp/a_b/page%20one.html#top},\n"),
                "BibLaTeX reads url verbatim: " + bibtex);
        assertTrue(bibtex.contains("  urldate = {2024-03-14},\n"), bibtex);
    }

    @Test
    void risWritesPersonsFamilyCommaGivenAndTheAccessDateInY2() {
        String ris = BibliographyFormat.RIS.write(List.of(webPage()));

        assertTrue(ris.contains("AU  - 武田, 史郎\nAU  - Brzezinski, Zbigniew\nAU  - van Gogh, Vincent\n"
                + "AU  - 外務省\nED  - Ministry of Foreign Affairs, Trade and Development\n"), ris);
        assertTrue(ris.contains("Y2  - 2024/03/14\n"), ris);
    }

    @Test
    void cslJsonWritesFamilyAndGivenLiteralsAndAccessed() {
        JsonObject item = Json.createReader(new StringReader(BibliographyFormat.CSL_JSON.write(List.of(webPage()))))
                .readArray().getJsonObject(0);

        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("family", "武田").add("given", "史郎"))
                .add(Json.createObjectBuilder().add("family", "Brzezinski").add("given", "Zbigniew"))
                .add(Json.createObjectBuilder().add("family", "van Gogh").add("given", "Vincent"))
                .add(Json.createObjectBuilder().add("literal", "外務省")).build(), item.getJsonArray("author"));
        assertEquals("[[2024,3,14]]", item.getJsonObject("accessed").getJsonArray("date-parts").toString());
    }

    @ParameterizedTest
    @EnumSource(value = BibliographyFormat.class, names = {"BIBTEX", "CSL_JSON"})
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
}
