package org.eurasiadiplomacy.portal.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.junit.jupiter.api.Test;

/** The timeline page and the home page's latest entries, over HTTP: filters in the URL, no session. */
class TimelineIT extends DeployedPortal {

    private static final Pattern ENTRY = Pattern.compile("data-kind=\"([a-z-]+)\"(?: data-category=\"([A-Z]+)\")?");
    /** "93 entries", "1 entry", "No entries": the count in words, as the English page says it. */
    private static final Pattern COUNT = Pattern.compile(
            "id=\"timeline-count\">\\s*(?:(\\d+) entries|(1) entry|(No) entries)");

    private static List<String[]> entries(String body) {
        List<String[]> entries = new ArrayList<>();
        Matcher entry = ENTRY.matcher(body);
        while (entry.find()) {
            // only events and exercises have a category; a null attribute is not rendered
            entries.add(new String[] {entry.group(1), entry.group(2) == null ? "" : entry.group(2)});
        }
        return entries;
    }

    private static int count(String body) {
        Matcher count = COUNT.matcher(body);
        assertTrue(count.find(), "the page says how many entries match");
        return count.group(1) != null ? Integer.parseInt(count.group(1)) : count.group(2) != null ? 1 : 0;
    }

    @Test
    void startsWithTheMeijiRestorationAndPagesByFifty() {
        HttpResponse<String> page = Http.get(base, "/timeline.xhtml?lang=en");
        String body = page.body();

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        assertTrue(body.indexOf("1868") < body.indexOf("1877"), "in date order");
        assertTrue(body.contains("href=\"/event.xhtml?id=1800\""), "each entry links to its page");
        assertEquals(50, entries(body).size());
        assertTrue(count(body) > 50);
        assertTrue(body.contains("rel=\"next\""), "a link to the next page");
        assertTrue(Http.get(base, "/timeline.xhtml?lang=en&page=2").body().contains("rel=\"prev\""));
    }

    @Test
    void aCategoryOrAKindNarrowsTheList() {
        int all = count(Http.get(base, "/timeline.xhtml?lang=en").body());
        String security = Http.get(base, "/timeline.xhtml?lang=en&category=SECURITY").body();
        String meetings = Http.get(base, "/timeline.xhtml?lang=en&kind=meeting").body();
        String two = Http.get(base, "/timeline.xhtml?lang=en&kind=visit&kind=agreement").body();

        assertTrue(count(security) > 0 && count(security) < all);
        assertTrue(entries(security).stream().allMatch(e -> e[1].equals("SECURITY")));
        assertTrue(entries(security).stream().allMatch(e -> e[0].equals("event") || e[0].equals("exercise")),
                "only events and exercises have a category");
        assertTrue(security.contains("value=\"SECURITY\" selected=\"selected\""), "the form shows the filter");
        assertTrue(entries(meetings).stream().allMatch(e -> e[0].equals("meeting")));
        assertEquals(8, count(meetings), "Table 1's seven meetings and the first EAC forum");
        assertTrue(entries(two).stream().allMatch(e -> e[0].equals("visit") || e[0].equals("agreement")));
        assertTrue(two.contains("value=\"visit\" id=\"kind-visit\" checked=\"checked\""));
        assertEquals(all, count(Http.get(base, "/timeline.xhtml?lang=en&kind=nonsense&category=NOPE").body()),
                "unknown values filter nothing");
    }

    @Test
    void theDatedExercisesAreOnTheTimelineUnderSecurity() {
        String exercises = Http.get(base, "/timeline.xhtml?lang=en&kind=exercise").body();
        String security = Http.get(base, "/timeline.xhtml?lang=en&category=SECURITY&kind=exercise").body();
        String history = Http.get(base, "/timeline.xhtml?lang=en&category=HISTORY&kind=exercise").body();

        assertEquals(3, count(exercises), "the joint naval and air exercises of 2018 and the 2+2 of 2019;"
                + " the four recurring exercises have no date");
        assertTrue(entries(exercises).stream().allMatch(e -> e[0].equals("exercise") && e[1].equals("SECURITY")));
        assertTrue(exercises.contains("href=\"/exercise.xhtml?id=1704\""), "each links to its page");
        assertTrue(exercises.contains("Japan–India joint naval exercise"), "named by its name");
        assertTrue(exercises.contains("value=\"exercise\" id=\"kind-exercise\" checked=\"checked\""),
                "the filter offers exercises as a kind");
        assertEquals(3, count(security), "the category filter keeps them");
        assertEquals(0, count(history), "and leaves them out under another category");
    }

    @Test
    void showsPartialDatesAsTheArticleGivesThem() {
        String body = Http.get(base, "/timeline.xhtml?kind=visit").body();

        assertTrue(body.contains("datetime=\"2004-08\">8 月</time>"), "year and month, the year in its heading only");
        assertTrue(body.contains("datetime=\"2007\">僅知年份</time>"), "a year alone");
        assertTrue(body.contains("<h2 id=\"year-2004\" class=\"timeline-year__heading\">2004 年</h2>"));
        String english = Http.get(base, "/timeline.xhtml?kind=visit&lang=en").body();
        assertTrue(english.contains("datetime=\"2004-08\">August</time>"), "in English too");
        assertTrue(english.contains("datetime=\"2007\">Year only</time>"));
    }

    @Test
    void newestFirstTurnsTheOrderRoundAndKeepsItAcrossPages() {
        String newest = Http.get(base, "/timeline.xhtml?lang=en&order=newest").body();

        int y2020 = newest.indexOf("id=\"year-2020\"");
        assertTrue(y2020 >= 0 && y2020 < newest.indexOf("id=\"year-2019\""), "2020 before 2019");
        assertTrue(newest.indexOf("id=\"year-1868\"") < 0, "the Meiji restoration is on the last page now");
        assertTrue(newest.contains("<option value=\"newest\" selected=\"selected\">Newest first</option>"),
                "the form shows the order");
        assertTrue(newest.contains("order=newest&amp;page=2"), "the next page keeps the order");
        assertEquals(count(Http.get(base, "/timeline.xhtml?lang=en").body()), count(newest), "the same entries");
        String last = Http.get(base, "/timeline.xhtml?lang=en&order=newest&page=99").body();
        assertTrue(last.contains("id=\"year-1868\""), "the oldest come last");
    }

    @Test
    void theHomePageShowsTheLatestEntriesTheChartAndEveryTable() {
        String body = Http.get(base, "/?lang=en").body();

        String latest = body.substring(body.indexOf("id=\"home-latest\""), body.indexOf("id=\"home-latest-more\""));
        assertEquals(6, latest.split("class=\"timeline-entry\"", -1).length - 1, "six latest entries");
        assertTrue(latest.contains("datetime=\"2020"), "the newest first");
        assertTrue(body.contains("homeOdaChart"), "the ODA chart");
        for (String table : List.of("oda", "meetings", "visits", "agreements", "exercises", "initiatives", "people",
                "countries", "timeline", "sources")) {
            assertTrue(body.contains("href=\"/" + table + ".xhtml\">"), "a link to " + table);
        }
    }
}
