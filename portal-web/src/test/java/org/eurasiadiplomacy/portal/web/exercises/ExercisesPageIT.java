package org.eurasiadiplomacy.portal.web.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The exercises became a full kind through their declaration: a menu entry, a table whose filters and
 * exports run in the database, a link on the home page. The menu itself is read from the declarations.
 */
class ExercisesPageIT extends DeployedPortal {

    /** A menu entry: its page, and the class that marks the current one (an empty class is not rendered). */
    private static final Pattern MENU_LINK = Pattern.compile("<a href=\"/([a-z-]+)\\.xhtml\"(\\s+class=\"is-current\")?");

    @Test
    void theMenuListsEveryKindWithAPageInItsOrder() {
        String body = Http.get(base, "/exercises.xhtml?lang=en").body();
        String menu = body.substring(body.indexOf("class=\"site-nav\""), body.indexOf("</nav>", body.indexOf("class=\"site-nav\"")));

        List<String> expected = RecordKind.inMenu().stream().map(kind -> kind.listPage().orElseThrow().name()).toList();
        Matcher link = MENU_LINK.matcher(menu);
        List<String> listed = new ArrayList<>();
        String current = null;
        while (link.find()) {
            listed.add(link.group(1));
            if (link.group(2) != null) {
                current = link.group(1);
            }
        }
        assertEquals("api", listed.get(listed.size() - 1), "the data API closes the menu");
        assertEquals(expected, listed.subList(0, listed.size() - 1), "the menu's entries for kinds of record");
        assertTrue(listed.contains("exercises"));
        assertEquals("exercises", current, "the exercises' page marks its entry");
        assertTrue(menu.contains(">Exercises</a>"), menu);
    }

    @Test
    void theTableListsTheSevenExercisesAndTheHomePageLinksIt() {
        HttpResponse<String> page = Http.get(base, "/exercises.xhtml?lang=en&rows=100");
        String body = page.body();

        assertEquals(200, page.statusCode());
        assertTrue(body.contains("Exercises and security dialogues"), "the title from the bundle");
        for (long id = 1700; id <= 1706; id++) {
            assertTrue(body.contains("href=\"/exercise.xhtml?id=" + id + "\""), "a row links exercise " + id);
        }
        assertTrue(body.contains("RIMPAC"), "an abbreviation beside the name");
        assertTrue(Http.get(base, "/?lang=en").body().contains("href=\"/exercises.xhtml\">Military exercises and"
                + " security dialogues</a>"), "the home page links the table");
        assertTrue(Http.get(base, "/exercises.xhtml?lang=zh-TW").body().contains("軍演與安全對話"), "in Chinese too");
        assertEquals(statements("/agreements.xhtml"), statements("/exercises.xhtml"),
                "as many statements as the other tables with one list column");
    }

    private int statements(String path) {
        return Integer.parseInt(Http.get(base, path).headers().firstValue("X-Portal-SQL-Statements")
                .orElseThrow(() -> new AssertionError(path + " counts no statements")));
    }

    @Test
    void theExportHoldsExactlyTheFilteredExercisesAsTheyAreShown() {
        HttpResponse<String> naval = Http.get(base, "/export/exercises.csv?lang=en&kind=NAVAL_EXERCISE&sort=id");
        HttpResponse<String> withIndia = Http.get(base,
                "/export/exercises.csv?lang=en&participants=IND&year=2018-2019&sort=id&columns=name,kind");
        HttpResponse<String> workbook = Http.get(base, "/export/exercises.xlsx?kind=AIR_EXERCISE");
        HttpResponse<String> unknown = Http.get(base, "/export/exercises.csv?columns=name,secret");

        assertEquals(200, naval.statusCode(), naval.body());
        List<String> lines = naval.body().lines().toList();
        assertEquals("\uFEFFExercise or dialogue,Kind,Date,Participants,Footnotes", lines.get(0), "the shown columns");
        assertEquals(3, lines.size(), naval.body());
        assertTrue(lines.subList(1, 3).stream().allMatch(line -> line.contains(",Naval exercise,")), naval.body());
        assertTrue(naval.headers().firstValue("Link").orElse("").contains("/exercises.xhtml?lang=en&kind=NAVAL_EXERCISE"),
                "the CSV's header block names the view: " + naval.headers().map());
        List<String> india = withIndia.body().lines().toList();
        assertEquals("\uFEFFExercise or dialogue,Kind,Footnotes", india.get(0));
        assertEquals(4, india.size(), withIndia.body());
        assertEquals(200, workbook.statusCode());
        assertTrue(workbook.headers().firstValue("Content-Disposition").orElse("").contains("exercises.xlsx"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("\"secret\" is not a column"), unknown.body());
    }
}
