package org.eurasiadiplomacy.portal.web.staff.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Issue 7's "done when", in headless Chromium against the deployed portal, signed in as staff. Every source a
 * test creates is removed again (moved to the trash, its note assignments undone) so that the other test
 * classes, which share the database, see the article's data unchanged.
 */
class SourceEditorBrowserIT extends DeployedPortal {

    /** In every text field that takes free text; the others must refuse it. */
    private static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">'&amp;";

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    private StaffPages pages;
    private final List<Long> created = new ArrayList<>();
    private final List<String> importedTitles = new ArrayList<>();

    private StaffPages staff(String language) {
        pages = new StaffPages(browser, base).signIn(language);
        return pages;
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createEditReorderAndDelete() {
        StaffPages staff = staff("en");
        staff.open("/staff/sources.xhtml");
        assertTrue(staff.text("sources").contains("The Great Game: On Secret Service in High Asia"));
        staff.screenshot("staff-sources");

        String title = unique("Japan and Central Asia revisited");
        staff.newJournalArticle(title);
        staff.type("source:titleEn", "An English title");
        staff.type("source:pages", "10-20");
        staff.type("source:url", "https://example.org/" + UUID.randomUUID());
        staff.addContributor(0, "First Author", "AUTHOR");
        staff.addContributor(1, "Second Author", "AUTHOR");
        staff.click("source:people:1:up");
        assertEquals(List.of("Second Author", "First Author"), staff.contributorNames());
        staff.chooseValue("source:note", "2139");
        staff.click("source:assign");
        staff.type("source:notes:0:locator", "p. 12");
        staff.click("source:save");
        long id = staff.savedId();
        created.add(id);
        assertTrue(staff.present("saved"));
        assertEquals(List.of("Second Author", "First Author"), staff.contributorNames());
        assertEquals("p. 12", staff.value("source:notes:0:locator"));
        browser.driver().executeScript("document.getElementById('contributors').scrollIntoView();");
        staff.screenshot("staff-source-edit");

        staff.type("source:title", title + " (revised)");
        staff.click("source:notes:0:unassign");
        staff.click("source:save");
        staff.savedId();
        assertEquals(title + " (revised)", staff.value("source:title"));

        staff.click("source:delete");
        assertTrue(staff.text("confirm-delete").contains("only an administrator can restore it"), "asked first");
        browser.driver().executeScript("document.getElementById('confirm-delete').scrollIntoView();");
        staff.screenshot("staff-source-confirm-delete");
        staff.click("source:confirm-delete-no");
        assertEquals(title + " (revised)", staff.value("source:title"), "cancelled: nothing deleted");
        staff.deleteConfirmed();
        staff.waitFor("deleted");
        staff.open("/staff/sources.xhtml?q=" + title.replace(' ', '+'));
        assertTrue(staff.present("no-sources"), "the deleted source is no longer listed");
        assertTrue(staff.consoleErrors().isEmpty());
    }

    @Test
    void aValidationFailureStoresNothingAndSpeaksTheEditorsLanguage() {
        StaffPages staff = staff("zh-TW");
        String title = unique("An article without its journal");
        staff.newJournalArticle(title);
        staff.type("source:container", " ");
        staff.type("source:url", "javascript:alert(1)");
        staff.type("source:pages", "160-147");
        staff.type("source:year", "2099");
        // a draft may lack its journal; publishing it may not
        staff.toggle("source:published");
        staff.click("source:save");

        String messages = staff.text("messages");
        assertTrue(messages.contains("文章須填寫刊登的期刊、雜誌或報紙"), messages);
        assertTrue(messages.contains("請輸入以 http:// 或 https:// 開頭的完整網址"), messages);
        assertTrue(messages.contains("結束頁碼早於起始頁碼"), messages);
        assertTrue(messages.contains("日期晚於明年"), messages);
        assertTrue(staff.text("problem-URL").contains("請輸入以 http:// 或 https:// 開頭的完整網址"),
                "the URL's message stands beside the URL");
        assertEquals("true", staff.waitFor("source:url").getDomAttribute("aria-invalid"));
        assertTrue(staff.text("problem-CONTAINER").contains("文章須填寫刊登的期刊、雜誌或報紙"));
        assertTrue(staff.text("problem-PAGES").contains("結束頁碼早於起始頁碼"));
        assertNotNull(staff.waitFor("source").getDomAttribute("novalidate"),
                "the portal checks the URL, not the browser's bubble");
        browser.driver().executeScript("document.getElementById('problem-URL').scrollIntoView();");
        staff.screenshot("staff-source-invalid");
        staff.open("/staff/sources.xhtml?q=" + title.replace(' ', '+'));
        assertTrue(staff.present("no-sources"), "nothing was stored");
    }

    @Test
    void aWebPageTakesPersonsByFamilyAndGivenNameAndAnAccessDate() {
        StaffPages staff = staff("zh-TW");
        staff.open("/staff/source.xhtml");
        assertTrue(staff.present("source:publisher"), "a book, the default type, has a publisher");
        assertFalse(staff.present("source:accessedYear"), "but no access date");
        staff.chooseType("WEB_PAGE");
        assertFalse(staff.present("source:publisher"), "a web page shows no publisher");
        assertFalse(staff.present("source:pages"), "nor pages");
        String title = unique("中央アジア＋日本");
        staff.type("source:title", title);
        staff.type("source:language", "ja");
        staff.type("source:container", "外務省");
        staff.type("source:url", "https://www.mofa.go.jp/" + UUID.randomUUID());
        staff.type("source:accessedYear", "2024");
        staff.type("source:accessedMonth", "3");
        staff.type("source:accessedDay", "14");
        staff.addPerson(0, "武田", "史郎", "AUTHOR");
        staff.addContributor(1, "外務省", "AUTHOR");
        staff.click("source:save");
        long id = staff.savedId();
        created.add(id);
        assertEquals("史郎", staff.value("source:people:0:given"));
        assertEquals("2024", staff.value("source:accessedYear"));
        browser.driver().executeScript("document.getElementById('contributors').scrollIntoView();");
        staff.screenshot("staff-source-web-page");

        staff.toggle("source:published");
        staff.click("source:save");
        staff.savedId();
        staff.open("/source.xhtml?id=" + id);
        String page = staff.text("main");
        assertTrue(page.contains("武田史郎"), "family first without a space: " + page);
        assertTrue(page.contains("2024-03-14") && page.contains("日文"), page);
        browser.driver().executeScript("document.querySelector('.source-accessed').scrollIntoView();");
        staff.screenshot("public-source-accessed");
    }

    @Test
    void aLikelyDuplicateIsShownWithALinkToTheExistingEntry() {
        StaffPages staff = staff("en");
        staff.newJournalArticle("ＷＨＩＴＨＥＲ the new great game in Central Asia");
        staff.type("source:year", "2012");
        staff.click("source:save");

        assertTrue(staff.text("duplicates").contains("Whither the New Great Game in Central Asia?"));
        staff.screenshot("staff-source-duplicate");
        browser.clickToNewPage(browser.driver().findElement(By.cssSelector("#duplicates a.open-existing")));
        staff.waitFor("source:title");
        assertTrue(browser.driver().getCurrentUrl().contains("id=2007"), browser.driver().getCurrentUrl());
        staff.open("/staff/sources.xhtml?q=%EF%BC%B7%EF%BC%A8%EF%BC%A9%EF%BC%B4%EF%BC%A8%EF%BC%A5%EF%BC%B2");
        assertTrue(staff.present("no-sources"), "nothing was stored");
    }

    @Test
    void theSecondSaverChoosesFieldByFieldAndNothingIsLostSilently() {
        StaffPages staff = staff("en");
        String title = unique("Conflicting article");
        staff.newJournalArticle(title);
        staff.click("source:save");
        long id = staff.savedId();
        created.add(id);
        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        staff.open("/staff/source.xhtml?id=" + id);
        String second = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(first);
        staff.open("/staff/source.xhtml?id=" + id);

        staff.type("source:title", title + " by the first editor");
        staff.click("source:save");
        staff.savedId();

        browser.driver().switchTo().window(second);
        staff.type("source:title", title + " by the second editor");
        staff.type("source:volume", "12");
        staff.click("source:save");
        String conflict = staff.text("conflict");
        assertTrue(conflict.contains(title + " by the first editor") && conflict.contains(title + " by the second editor"),
                "both versions are shown: " + conflict);
        staff.screenshot("staff-source-conflict");
        int titleRow = 3;
        int volumeRow = 10;
        browser.driver().findElement(By.cssSelector(
                "input[name='conflict-form:fields:" + titleRow + ":choice'][value='THEIRS']")).click();
        assertTrue(browser.driver().findElement(By.cssSelector(
                "input[name='conflict-form:fields:" + volumeRow + ":choice'][value='MINE']")).isSelected());
        staff.click("conflict-form:merge");
        staff.savedId();

        assertEquals(title + " by the first editor", staff.value("source:title"), "the title the user took");
        assertEquals("12", staff.value("source:volume"), "the user's own change, kept");
    }

    @Test
    void aCitedSourceIsNotDeletedAndTheCitingRecordsAreNamed() {
        StaffPages staff = staff("en");
        staff.open("/staff/source.xhtml?id=2005");
        staff.deleteConfirmed();

        assertTrue(staff.text("in-use").contains("Note 6"), staff.text("in-use"));
        assertTrue(browser.driver().findElements(By.cssSelector("#in-use a.citing-record")).stream()
                .anyMatch(a -> a.getDomAttribute("href").endsWith("/citation.xhtml?id=2106")));
        staff.screenshot("staff-source-in-use");

        staff.open("/staff/source.xhtml?id=2012");
        staff.deleteConfirmed();
        String inUse = staff.text("in-use");
        assertTrue(inUse.contains("Understanding Japan’s Central Asian Engagement")
                && inUse.contains("What is Japan up to in Central Asia?"), "the book's chapters: " + inUse);
        staff.open("/staff/source.xhtml?id=2012");
        assertEquals("Japan’s Silk Road Diplomacy: Paving the Road Ahead", staff.value("source:title"));
    }

    @Test
    void bibtexAndRisImportsWithABadEntryAreRejectedWholeAndGoodOnesImport() throws IOException {
        StaffPages staff = staff("en");
        String one = unique("Imported BibTeX article");
        String two = unique("Imported RIS article");
        String bibtex = "@article{one,\n  title = {" + one + "},\n  journal = {Acta},\n  year = {2019},\n"
                + "  language = {en}\n}\n\n@article{bad,\n  title = {Backwards pages},\n  journal = {Acta},\n"
                + "  pages = {160-147},\n  year = {2019},\n  language = {en}\n}\n";
        // an entry without its journal would be stored as a draft: these are refused for what no draft may hold
        String ris = "TY  - JOUR\nTI  - " + two + "\nT2  - Acta\nPY  - 2019\nLA  - en\nER  - \n\n"
                + "TY  - JOUR\nTI  - Broken\nT2  - Acta\nSP  - 160\nEP  - 147\nER  - \n";

        importFile("BIBTEX", bibtex, "bad.bib");
        String problems = staff.text("problems");
        assertTrue(problems.contains("Line 8, “Backwards pages”"), "the entry by its line and title: " + problems);
        assertTrue(problems.contains("Pages: The last page comes before the first."),
                "the field as the form labels it: " + problems);
        assertFalse(problems.contains("pages:"), "no internal field name: " + problems);
        assertFalse(staff.present("store:store-all"), "a file with a bad entry cannot be stored");
        browser.driver().executeScript("document.getElementById('preview-section').scrollIntoView();");
        staff.screenshot("staff-source-import");
        importFile("RIS", ris, "bad.ris");
        assertTrue(staff.text("problems").contains("Line 8"), staff.text("problems"));
        assertFalse(staff.present("store:store-all"));

        importFile("BIBTEX", bibtex.substring(0, bibtex.indexOf("@article{bad")), "good.bib");
        importedTitles.add(one);
        staff.click("store:store-all");
        assertTrue(staff.text("messages").contains("Stored 1 new sources"), staff.text("messages"));
        assertTrue(staff.text("preview-summary").contains("1 stored as a draft"), staff.text("preview-summary"));
        assertTrue(browser.driver().findElements(By.cssSelector("#entries .import-new")).isEmpty(),
                "after storing, no entry is called new");
        browser.driver().executeScript("document.getElementById('preview-section').scrollIntoView();");
        staff.screenshot("staff-source-import-stored");
        browser.clickToNewPage(browser.driver().findElement(By.cssSelector("#entries a.import-stored")));
        assertEquals(one, staff.value("source:title"), "the link opens the draft it created");
        importFile("RIS", ris.substring(0, ris.indexOf("TY  - JOUR\nTI  - Broken")), "good.ris");
        importedTitles.add(two);
        staff.click("store:store-all");
        assertTrue(staff.text("messages").contains("Stored 1 new sources"));

        staff.open("/staff/sources.xhtml?q=Imported");
        String list = staff.text("sources");
        assertTrue(list.contains(one) && list.contains(two), list);
    }

    @Test
    void exportsOfTheArticleImportAgainUnchanged() throws IOException {
        StaffPages staff = staff("en");
        staff.open("/staff/sources.xhtml");
        for (String format : List.of("BIBTEX", "RIS", "CSL_JSON")) {
            HttpResponse<String> export = Http.get(base, "/staff/sources/export?format=" + format.toLowerCase(),
                    "Cookie", staff.sessionCookie());
            assertEquals(200, export.statusCode(), format);
            if (format.equals("CSL_JSON")) {
                assertTrue(Json.createReader(new StringReader(export.body())).readArray().size() >= 41);
            }
            importFile(format, export.body(), "export." + format.toLowerCase());
            String summary = staff.text("preview-summary");
            assertTrue(summary.matches("(\\d+) entr(?:y|ies) read: 0 new, \\1 identical to stored sources; no problems\\."),
                    format + ": " + summary);
            assertFalse(staff.present("store:store-all"));
        }
        staff.screenshot("staff-source-export-roundtrip");

        HttpResponse<String> anonymous = Http.get(base, "/staff/sources/export?format=bibtex");
        assertTrue(anonymous.statusCode() != 200 && !anonymous.body().contains("@book"),
                "only staff export: " + anonymous.statusCode());
    }

    @Test
    void scriptInEveryTextFieldRendersInertOnPublicPagesAndInExports() throws Exception {
        StaffPages staff = staff("en");
        staff.open("/staff/source.xhtml");
        // a book's form has a publisher and place; a magazine article keeps them once they hold a value
        for (String field : List.of("title", "titleEn", "publisher", "place", "volume", "issue")) {
            staff.type("source:" + field, PAYLOAD);
        }
        staff.chooseType("MAGAZINE_ARTICLE");
        staff.type("source:container", PAYLOAD);
        staff.addContributor(0, PAYLOAD, "AUTHOR");
        staff.type("source:language", PAYLOAD);
        staff.type("source:pages", PAYLOAD);
        staff.type("source:url", "https://example.org/\"><script>window.__xss=3</script>");
        staff.type("source:year", "2020");
        staff.chooseValue("source:note", "2139");
        staff.click("source:assign");
        staff.type("source:notes:0:locator", PAYLOAD);
        staff.toggle("source:published");
        staff.click("source:save");
        String refused = staff.text("messages");
        assertTrue(refused.contains("Language") && refused.contains("Pages") && refused.contains("Web address"),
                "fields with a format refuse markup: " + refused);

        staff.type("source:language", "en");
        staff.type("source:pages", "1-2");
        staff.type("source:url", "https://example.org/?q='onmouseover='window.__xss=4'");
        staff.click("source:save");
        long id = staff.savedId();
        created.add(id);

        browser.driver().get(Browser.local(base) + "citation.xhtml?id=2139");
        String page = browser.driver().findElement(By.id("main")).getText();
        assertTrue(page.contains("<script>window.__xss=1</script>"), "the payload is shown as text");
        assertEquals(Boolean.TRUE, browser.driver().executeScript(
                "return window.__xss === undefined && document.querySelectorAll('img[src=\"x\"]').length === 0"
                        + " && document.querySelectorAll('main script').length === 0;"));
        HttpResponse<String> html = Http.get(base, "/citation.xhtml?id=2139");
        assertFalse(html.body().contains(PAYLOAD), "no raw markup in the public page");
        assertTrue(html.body().contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"));

        HttpResponse<String> api = Http.get(base, "/api/v1/sources/" + id, "Accept", "application/json");
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json = Json.createReader(new StringReader(api.body())).readObject();
        assertEquals(PAYLOAD, json.getString("title"));
        assertEquals(PAYLOAD, json.getJsonArray("contributors").getJsonObject(0).getString("name"));

        for (String format : List.of("bibtex", "ris", "csl_json")) {
            HttpResponse<String> export = Http.get(base, "/staff/sources/export?format=" + format,
                    "Cookie", staff.sessionCookie());
            String type = export.headers().firstValue("Content-Type").orElse("");
            assertFalse(type.contains("html"), format + " is not served as a page: " + type);
            assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("nosniff", export.headers().firstValue("X-Content-Type-Options").orElse(""));
            // BibTeX writes LaTeX's special characters as LaTeX text (\_ and \&), which reads back as the payload
            String expected = switch (format) {
                case "csl_json" -> "\\\"window.__xss=2\\\"";
                case "bibtex" -> PAYLOAD.replace("_", "\\_").replace("&", "\\&");
                default -> PAYLOAD;
            };
            assertTrue(export.body().contains(expected), format + " keeps the text exactly, as text");
        }
        staff.open("/staff/sources.xhtml?q=__xss");
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.__xss === undefined;"));
        assertTrue(staff.consoleErrors().stream().noneMatch(e -> e.contains("__xss")));
    }

    private void importFile(String format, String content, String name) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        pages.open("/staff/source-import.xhtml");
        pages.chooseValue("upload:format", format);
        pages.waitFor("upload:file");
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        pages.click("upload:preview");
        pages.waitFor("preview-summary");
    }

    /** Undoes what the test stored: assignments, then the sources themselves, to the trash. */
    @AfterEach
    void removeWhatTheTestCreated() throws SQLException {
        try (Connection db = ItDatabase.connect()) {
            for (String title : importedTitles) {
                try (PreparedStatement ids = db.prepareStatement("select id from source where title = ?")) {
                    ids.setString(1, title);
                    try (var rows = ids.executeQuery()) {
                        while (rows.next()) {
                            created.add(rows.getLong(1));
                        }
                    }
                }
            }
            for (long id : created) {
                try (PreparedStatement unassign = db.prepareStatement("delete from citation_source where source_id = ?");
                     PreparedStatement trash = db.prepareStatement(
                             "update record set deleted_at = current_timestamp where id = ?")) {
                    unassign.setLong(1, id);
                    unassign.executeUpdate();
                    trash.setLong(1, id);
                    trash.executeUpdate();
                }
            }
            // footnote 39 has no locator in the article; the tests that assign a source to it set one
            try (PreparedStatement locator = db.prepareStatement(
                    "update citation set locator = null where id = 2139")) {
                locator.executeUpdate();
            }
        }
    }
}
