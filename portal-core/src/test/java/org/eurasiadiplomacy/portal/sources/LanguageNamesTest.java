package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNamesTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-TW");

    @ParameterizedTest
    @CsvSource({"ru, Russian, 俄文", "ja, Japanese, 日文", "de, German, 德文", "kk, Kazakh, 哈薩克文",
        "zh-TW, Chinese (Taiwan), 中文 (台灣)"})
    void everyLanguageIsNamedInTheReadersLanguage(String tag, String english, String chinese) {
        assertEquals(Optional.of(english), LanguageNames.displayName(tag, Locale.ENGLISH));
        assertEquals(Optional.of(chinese), LanguageNames.displayName(tag, CHINESE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "", "xyz"})
    void anUndeterminedOrUnknownLanguageHasNoName(String tag) {
        assertEquals(Optional.empty(), LanguageNames.displayName(tag, Locale.ENGLISH));
    }
}
