package org.eurasiadiplomacy.portal.sources.bibliography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What files call a language, as BCP 47; and the guess from a title's script when they call it nothing. */
class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // BibLaTeX / babel names
        "japanese|ja", "chinese|zh", "russian|ru", "english|en", "ngerman|de", "italian|it",
        "chinese-traditional|zh-Hant", "american|en-US", "british|en-GB", "brazil|pt-BR",
        // ISO 639-2/T, 639-2/B and 639-3 codes
        "ger|de", "deu|de", "jpn|ja", "chi|zh", "zho|zh", "rus|ru", "fre|fr", "eng|en",
        // tags, in either spelling
        "en|en", "en-US|en-US", "zh_CN|zh-CN", "zh-TW|zh-TW", "ZH-tw|zh-TW",
        // Zotero's and the databases' free text
        "English|en", "Japanese|ja", "日本語|ja", "中文|zh", "Русский|ru", "Deutsch|de", "English; Chinese|en",
        "Chinese (中文)|zh", "繁體中文|zh-Hant"
    })
    void mapsNamesCodesAndTagsToBcp47(String given, String tag) {
        assertEquals(Optional.of(tag), Languages.tag(given));
        Languages.Decision decision = Languages.decide(given, "any title");
        assertEquals(tag, decision.tag());
        assertFalse(decision.guessed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "日本型排外主義をめぐる問い|ja", "法医学铁道损伤图谱|zh", "海洋國家日本的構想|zh",
        "Полимеразная цепная реакция|ru", "한국 외교의 과제|ko", "The Great Game|und", "|und"
    })
    void guessesFromTheTitlesScriptWhenNoLanguageIsGiven(String title, String tag) {
        Languages.Decision decision = Languages.decide(null, title);
        assertEquals(tag, decision.tag());
        assertTrue(decision.guessed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Klingonish|ja", "English-ish|und", "??|zh"})
    void textThatNamesNoLanguageIsGuessedNotRefused(String given, String expected) {
        String title = switch (expected) {
            case "ja" -> "日本の外交";
            case "zh" -> "中國外交";
            default -> "A title";
        };
        Languages.Decision decision = Languages.decide(given, title);
        assertEquals(expected, decision.tag());
        assertTrue(decision.guessed());
    }
}
