package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eurasiadiplomacy.portal.record.TextRules.Breach;
import org.junit.jupiter.api.Test;

/** The rules of stored text (issue 17, finding 12), one character class at a time. */
class TextRulesTest {

    @Test
    void ordinaryTextInEitherLanguageWithLineBreaksAndTabsIsFine() {
        assertNull(TextRules.breachOf("中亞＋日本 外長會議", 200));
        assertNull(TextRules.breachOf("First line\r\n\tsecond line", 200));
        assertNull(TextRules.breachOf("a\u200Bword joined by a zero-width space", 200));
        assertNull(TextRules.breachOf("x".repeat(200), 200));
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
        for (String text : new String[] {"NUL\u0000", "bell\u0007", "escape\u001b[31m", "delete\u007f", "c1\u0085"}) {
            assertEquals(Breach.CONTROL_CHARACTER, TextRules.breachOf(text, 200), text);
        }
    }

    @Test
    void textOfInvisibleCharactersOnlyIsRefused() {
        for (String text : new String[] {"\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u2060\u00A0", "\u3164",
            "\u2800", " \u3000 "}) {
            assertEquals(Breach.INVISIBLE_ONLY, TextRules.breachOf(text, 200), text);
        }
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        assertEquals(Breach.TOO_LONG, TextRules.breachOf("x".repeat(201), 200));
        assertNull(TextRules.breachOf("x".repeat(100_000), 0), "0: a column without a length");
    }

    @Test
    void aLocalizedTextIsCheckedAgainstItsOverriddenColumnLengths() {
        var office = new org.eurasiadiplomacy.portal.people.Office(LocalizedText.of("首相", "x".repeat(201)), null, null);

        assertEquals("title.en", TextRules.check(office).get(0).key());
        assertEquals(200, TextRules.check(office).get(0).maxLength());
    }
}
