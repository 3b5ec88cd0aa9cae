package org.eurasiadiplomacy.portal.web.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eurasiadiplomacy.portal.web.text.TextLinks.Run;
import org.junit.jupiter.api.Test;

/** The article's footnotes as printed (V3__article_sources_citations.sql): their addresses become links. */
class TextLinksTest {

    private final TextLinks links = new TextLinks();

    @Test
    void anAddressEndedByTheChineseFullStopLinksWithoutIt() {
        String note = "張薇薇，〈從 ODA 看日本的中亞外交〉，http://www.eximbank.gov.cn/topic/hwtz/2006/3_11.doc。";
        assertEquals(List.of(new Run("張薇薇，〈從 ODA 看日本的中亞外交〉，", null),
                new Run("http://www.eximbank.gov.cn/topic/hwtz/2006/3_11.doc", "http://www.eximbank.gov.cn/topic/hwtz/2006/3_11.doc"),
                new Run("。", null)), links.runs(note));
    }

    @Test
    void anAddressEndedByAFullStopAndASemicolonKeepsThemAsText() {
        String note = "Foreign Affairs (August 7, 2012), available online at: "
                + "https://www.foreignaffairs.com/articles/central-asia/2012-08-07/new-great-game-central-asia.; "
                + "Stephen Blank";
        List<Run> runs = links.runs(note);
        assertEquals(3, runs.size());
        assertEquals("https://www.foreignaffairs.com/articles/central-asia/2012-08-07/new-great-game-central-asia",
                runs.get(1).href());
        assertEquals(".; Stephen Blank", runs.get(2).text());
        assertEquals(note, runs.stream().map(Run::text).reduce("", String::concat), "the text reads as printed");
    }

    @Test
    void aQueryStringStaysInTheAddress() {
        String note = "資料來源：作者整理自 OECD Stats 數據庫，https://stats.oecd.org/viewhtml.aspx?datasetcode=TABLE2A&lang=en。";
        assertEquals("https://stats.oecd.org/viewhtml.aspx?datasetcode=TABLE2A&lang=en", links.runs(note).get(1).href());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        for (String text : List.of("javascript:alert(1)", "see ftp://example.org/x", "mailto:a@example.org",
                "http://", "https:// spaced", "data:text/html,<script>")) {
            assertEquals(List.of(new Run(text, null)), links.runs(text), text);
        }
    }

    @Test
    void noTextNoRuns() {
        assertEquals(List.of(), links.runs(null));
        assertEquals(List.of(), links.runs(""));
    }
}
