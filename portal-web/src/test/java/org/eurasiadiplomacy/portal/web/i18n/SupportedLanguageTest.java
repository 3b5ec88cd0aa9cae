package org.eurasiadiplomacy.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void understandsTheBrowsersPreferenceInOrder() {
        assertEquals(Optional.of(SupportedLanguage.EN), SupportedLanguage.fromAcceptLanguage(
                Collections.enumeration(List.of(Locale.FRENCH, Locale.UK, Locale.TAIWAN))));
        assertEquals(Optional.of(SupportedLanguage.ZH_TW), SupportedLanguage.fromAcceptLanguage(
                Collections.enumeration(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH))));
        assertEquals(Optional.empty(), SupportedLanguage.fromAcceptLanguage(
                Collections.enumeration(List.of(Locale.GERMAN))));
    }

    @Test
    void acceptsOnlyTheTwoLanguageCodes() {
        assertEquals(Optional.of(SupportedLanguage.ZH_TW), SupportedLanguage.fromCode("zh-tw"));
        assertEquals(Optional.empty(), SupportedLanguage.fromCode("<script>"));
    }
}
