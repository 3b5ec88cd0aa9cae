package org.eurasiadiplomacy.portal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administrators' list labels every kind of record from its descriptor's summary label, in both languages,
 * on the article's data.
 */
class RecordSummaryLabelsTest {

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    private static final FakeCaller ADMIN = new FakeCaller();

    static {
        ADMIN.signIn("alice", Set.of("ADMIN", "STAFF"));
    }

    private static List<RecordSummary> list(RecordKind kind) {
        return CurationIn.transaction(article.get(), ADMIN, curation -> curation.list(kind, StatusFilter.ACTIVE));
    }

    private static RecordSummary one(RecordKind kind, long id) {
        return list(kind).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + id + " not listed"));
    }

    @Test
    void everyKindIsListedWithALabelInBothLanguages() {
        for (RecordKind kind : RecordKind.values()) {
            List<RecordSummary> records = list(kind);

            assertFalse(records.isEmpty(), kind + " has records in the article's data");
            for (RecordSummary summary : records) {
                assertEquals(kind, summary.kind());
                assertTrue(summary.labelZh() != null && !summary.labelZh().isBlank(), kind + " " + summary.id() + " zh");
                assertTrue(summary.labelEn() != null && !summary.labelEn().isBlank(), kind + " " + summary.id() + " en");
            }
        }
    }

    @Test
    void eachKindIsLabelledByWhatNamesIt() {
        assertEquals("UZB 烏茲別克", one(RecordKind.COUNTRY, 1002).labelZh());
        assertEquals("UZB Uzbekistan", one(RecordKind.COUNTRY, 1002).labelEn());
        assertEquals("Kawaguchi Yoriko", one(RecordKind.PERSON, 1103).labelEn());
        assertTrue(one(RecordKind.MEETING, 1302).labelEn().endsWith(" #3"), one(RecordKind.MEETING, 1302).labelEn());
        assertEquals("JPN > KAZ 2010", one(RecordKind.ODA_FIGURE, 1600).labelEn());
        assertEquals("Kawaguchi Yoriko 2004", one(RecordKind.VISIT, 1402).labelEn());
        assertEquals("Rim of the Pacific Exercise", one(RecordKind.EXERCISE, 1701).labelEn());
        assertEquals("Meiji Restoration", one(RecordKind.EVENT, 1800).labelEn());
        assertTrue(one(RecordKind.CITATION, 2107).labelEn().startsWith("[7] "), one(RecordKind.CITATION, 2107).labelEn());
        assertEquals("大棋盤：全球戰略大思考", one(RecordKind.SOURCE, 2005).labelZh());
        String english = one(RecordKind.SOURCE, 2005).labelEn();
        assertTrue(english.startsWith("The Grand Chessboard (Chinese translation of "), english);
        assertEquals(80, english.length(), "a long title is cut at 80 characters");
    }
}
