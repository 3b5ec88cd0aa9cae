package org.eurasiadiplomacy.portal.web.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryLinksTest {

    @Test
    void addsTheLanguageToAPageWithoutQuery() {
        assertEquals("/oda.xhtml?lang=en", QueryLinks.withParameter("/oda.xhtml", null, "lang", "en"));
    }

    @Test
    void keepsFiltersAndReplacesAnEarlierChoice() {
        assertEquals("/oda.xhtml?country=KAZ&sort=-year&lang=zh-TW",
                QueryLinks.withParameter("/oda.xhtml", "lang=en&country=KAZ&sort=-year", "lang", "zh-TW"));
    }

    @Test
    void encodesTheNewValue() {
        assertEquals("/timeline.xhtml?category=A%26B", QueryLinks.withParameter("/timeline.xhtml", "", "category", "A&B"));
    }

    @Test
    void aPathOfSeveralSlashesStaysOnThisSite() {
        assertEquals("/evil.example/x?lang=en", QueryLinks.withParameter("//evil.example/x", null, "lang", "en"));
        assertEquals("/evil.example/x?lang=en", QueryLinks.withParameter("/\\evil.example/x", null, "lang", "en"));
        assertEquals("/a/b.xhtml?lang=en", QueryLinks.withParameter("/a///b.xhtml", null, "lang", "en"));
    }
}
