package org.eurasiadiplomacy.portal.web.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.junit.jupiter.api.Test;

/** The real WAR on Payara Micro, on an H2 file that Flyway created and loaded at deployment. */
class HomePageIT extends DeployedPortal {

    @Test
    void servesTheHomePageAtTheContextRootInTraditionalChineseByDefault() {
        HttpResponse<String> page = Http.get(base, "/");

        assertEquals(200, page.statusCode());
        assertEquals("zh-Hant-TW", htmlLang(page.body()));
        assertTrue(page.body().contains("歐亞外交資料庫"), "site name in Chinese");
        assertTrue(page.body().contains("新大賽局中的日本歐亞大陸外交"), "page title in Chinese");
    }

    @Test
    void anAnonymousReaderGetsNoSession() {
        HttpResponse<String> page = Http.get(base, "/index.xhtml");

        assertEquals(200, page.statusCode());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no session cookie: " + cookies);
    }

    @Test
    void followsTheBrowsersLanguageWhenNoChoiceWasMade() {
        HttpResponse<String> page = Http.get(base, "/", "Accept-Language", "en-GB,en;q=0.8");

        assertEquals("en", htmlLang(page.body()));
        assertTrue(page.body().contains("Eurasia Diplomacy Portal"));
    }

    @Test
    void remembersAnExplicitChoiceInACookie() {
        HttpResponse<String> chosen = Http.get(base, "/?lang=en", "Accept-Language", "zh-TW");
        String cookie = chosen.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("portal-lang=en")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> later = Http.get(base, "/", "Accept-Language", "zh-TW", "Cookie", "portal-lang=en");
        assertTrue(later.body().contains("Eurasia Diplomacy Portal"), "the cookie wins over Accept-Language");
    }

    @Test
    void keyFiguresComeFromTheDatabaseThatFlywayLoaded() {
        String body = Http.get(base, "/?lang=en").body();

        // Table 2 has 45 values and Table 1 seven meetings; the page reads the counts from the database
        assertEquals("45", figureBefore(body, "ODA figures for the five Central Asian states"));
        assertTrue(Integer.parseInt(figureBefore(body, "Framework meetings")) >= 7);
        assertFalse(body.contains("Exception"), "no error text on the page");
    }

    private static String htmlLang(String body) {
        Matcher lang = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"").matcher(body);
        assertTrue(lang.find(), "the html element has a lang attribute");
        return lang.group(1);
    }

    private static String figureBefore(String body, String label) {
        Matcher figure = Pattern.compile("figure__value\">(\\d+)</span>\\s*<span class=\"figure__label\">"
                + Pattern.quote(label)).matcher(body);
        assertTrue(figure.find(), "a figure labelled " + label);
        return figure.group(1);
    }
}
