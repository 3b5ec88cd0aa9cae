package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    private final Source nti = new Source(SourceType.WEB_PAGE, "Japan and Kazakhstan: Nuclear Energy Cooperation", "en");
    private final Source cooley = new Source(SourceType.MAGAZINE_ARTICLE,
            "The New Great Game in Central Asia: Geopolitics in a Post-Western World", "en");
    private final Source blank = new Source(SourceType.JOURNAL_ARTICLE,
            "Whither the New Great Game in Central Asia?", "en");

    @Test
    void ibidCitesTheSourcesOfTheFootnoteBeforeIt() {
        Citation eighteen = Citation.footnote(18, "18 Togzhan Kassenova and Masako Toki, …", null, List.of(nti));
        Citation nineteen = Citation.ibid(19, "19 Ibid.", null, eighteen);

        assertTrue(nineteen.isIbid());
        assertEquals(List.of(nti), nineteen.getSources());
        assertFalse(eighteen.isIbid());
    }

    @Test
    void ibidCanOnlyRepeatTheFootnoteImmediatelyBefore() {
        Citation eighteen = Citation.footnote(18, "18 …", null, List.of(nti));
        assertThrows(IllegalArgumentException.class, () -> Citation.ibid(20, "20 Ibid.", null, eighteen));
    }

    @Test
    void aFootnoteMayCiteSeveralSourcesInPrintedOrder() {
        Citation seven = Citation.footnote(7, "7 Alexander Cooley, … ; Stephen Blank, …", null, List.of(cooley, blank));
        assertEquals(List.of(cooley, blank), seven.getSources());
    }

    @Test
    void footnotesAreNumberedOneToThirtyNine() {
        assertThrows(IllegalArgumentException.class, () -> Citation.footnote(0, "0", null, List.of(nti)));
        assertThrows(IllegalArgumentException.class, () -> Citation.footnote(40, "40", null, List.of(nti)));
        assertEquals(39, Citation.footnote(39, "39 …", null, List.of(nti)).getFootnote().orElseThrow());
    }

    @Test
    void tableNotesHaveALabelButNoNumber() {
        Citation tableTwo = Citation.note("表二", CitationKind.TABLE_NOTE, "資料來源：作者整理自 OECD Stats 數據庫", List.of());
        assertTrue(tableTwo.getFootnote().isEmpty());
        assertEquals("表二", tableTwo.getLabel());
        assertThrows(IllegalArgumentException.class,
                () -> Citation.note("8", CitationKind.FOOTNOTE, "8 …", List.of()));
    }
}
