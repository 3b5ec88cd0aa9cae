package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText tashkent = LocalizedText.of("塔什干", "Tashkent");

    @Test
    void givesChineseToAnyChineseReaderAndEnglishToEveryoneElse() {
        assertEquals("塔什干", tashkent.in(Locale.TAIWAN));
        assertEquals("塔什干", tashkent.in(Locale.forLanguageTag("zh-Hant")));
        assertEquals("Tashkent", tashkent.in(Locale.ENGLISH));
        assertEquals("Tashkent", tashkent.in(Locale.JAPANESE));
    }

    @Test
    void fallsBackToTheOtherLanguageWhenOneIsMissing() {
        LocalizedText onlyChinese = LocalizedText.of("俯瞰地球儀外交", " ");
        assertNull(onlyChinese.getEn());
        assertEquals("俯瞰地球儀外交", onlyChinese.in(Locale.ENGLISH));
    }

    @Test
    void needsAtLeastOneLanguage() {
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(null, ""));
    }

    @Test
    void isAValue() {
        assertEquals(LocalizedText.of("東京", "Tokyo"), LocalizedText.of(" 東京", "Tokyo "));
    }
}
