package org.eurasiadiplomacy.portal.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.eurasiadiplomacy.portal.web.testing.SignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administrators curating records in headless Chromium against the deployed portal: every kind created,
 * validated, edited, published, trashed and restored; drafts and trashed records out of the API and the public
 * ODA page; history with who changed which field and a restore; a conflict between two editors; staff refused.
 */
class CurationBrowserIT extends DeployedPortal {

    /** The API collection of each kind, where a published record is served and a draft or trashed one is not. */
    private static final Map<String, String> COLLECTION = Map.ofEntries(
            Map.entry("COUNTRY", "countries"), Map.entry("PERSON", "people"),
            Map.entry("INITIATIVE", "initiatives"), Map.entry("MEETING", "meetings"),
            Map.entry("VISIT", "visits"), Map.entry("AGREEMENT", "agreements"),
            Map.entry("ODA_FIGURE", "oda"), Map.entry("EXERCISE", "exercises"), Map.entry("EVENT", "events"),
            Map.entry("CITATION", "citations"), Map.entry("NOTE", "notes"));
    private static final long JAPAN = 1000L;
    private static final String ADMIN_PAGES_BASE = "/admin/";

    @RegisterExtension
    final Browser browser = new Browser();
    private final List<String> consoleErrors = new ArrayList<>();
    /** What this test created: moved to the trash afterwards, so other tests of the run see the article only. */
    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void trashWhatWasCreated() throws SQLException {
        try (Connection db = ItDatabase.connect();
             PreparedStatement trash = db.prepareStatement(
                     "update record set deleted_at = current_timestamp where id = ?")) {
            for (long id : created) {
                trash.setLong(1, id);
                trash.executeUpdate();
            }
        }
    }

    @Test
    void everyKindIsValidatedCreatedAsADraftEditedPublishedTrashedAndRestored() {
        String admin = signInAsNewAdministrator();
        for (String kind : COLLECTION.keySet().stream().sorted().toList()) {
            open("/admin/record.xhtml?kind=" + kind);
            CurationForm form = new CurationForm(browser);
            form.save();
            assertFalse(form.problems().isEmpty(), kind + ": an empty form is refused, field by field");
            assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("not saved"), kind);

            fillEveryField(kind, form);
            form.save();
            created(kind);
            long id = form.id();
            assertTrue(form.stateBadge().contains("draft"), kind + " is created as a draft");
            assertEquals(404, api(kind, id), kind + ": a draft is not in the API");

            String key = editableKey(form);
            String edited = form.value(key) + " edited";
            form.type(key, edited);
            form.save();
            assertEquals(edited, new CurationForm(browser).value(key), kind + " saved");
            assertTrue(form.isAtRecord(id), kind + ": after Save the address keeps the record: " + browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("The record was saved."),
                    kind + ": the message survives the redirect");

            form.click("state:publish");
            assertEquals(200, api(kind, id), kind + ": published, so public");
            assertTrue(form.isAtRecord(id), kind + ": after Publish the address keeps the record");
            form.click("state:trash");
            assertTrue(form.stateBadge().contains("trash"), kind);
            assertEquals(404, api(kind, id), kind + ": in the trash, so gone from the API");
            assertTrue(form.isAtRecord(id), kind + ": after Move to trash the address keeps the record");
            form.click("state:untrash");
            assertEquals(200, api(kind, id), kind + ": restored from the trash");
            assertTrue(form.isAtRecord(id), kind + ": after Restore the address keeps the record");
            browser.driver().navigate().refresh();
            assertEquals(edited, new CurationForm(browser).value(key), kind + ": reloading the address shows the record");

            open("/admin/history.xhtml?id=" + id);
            WebElement latest = browser.driver().findElements(By.cssSelector(".revision")).get(0);
            assertTrue(latest.getText().contains(admin), kind + ": the history names the editor");
            WebElement change = browser.driver().findElements(By.cssSelector(".revision")).get(3)
                    .findElement(By.cssSelector("tr[data-key='" + key + "']"));
            assertEquals(edited, change.findElement(By.cssSelector(".change-to")).getText(), kind);
            checkConsole();
        }
        open("/admin/records.xhtml");
        browser.screenshot("admin-records");
        browser.assertAccessible();
        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    @Test
    void anOverlongNameIsRefusedBesideItsFieldAndNotCalledAClash() {
        signInAsNewAdministrator();
        open("/admin/record.xhtml?id=1106");
        CurationForm form = new CurationForm(browser);
        form.type("name.en", "A".repeat(10_000));
        form.save();
        assertEquals("At most 200 characters.", form.problem("name.en").orElseThrow(),
                "issue 17, finding 12: the message is beside the field");
        assertFalse(browser.driver().getPageSource().contains("Another record already has"));
    }

    @Test
    void anOdaFigureIsCheckedKeptFromThePublicUntilPublishedAndItsHistoryRestores() {
        String admin = signInAsNewAdministrator();
        open("/admin/record.xhtml?kind=ODA_FIGURE");
        CurationForm form = new CurationForm(browser);
        form.chooseOption("donor", 1);
        form.chooseOption("recipient", 2);
        form.type("year", "1950");
        form.type("amountUsdMillions", "4321.095");
        form.chooseOption("flow", 1);
        form.type("dataset", "BROWSER TEST");
        form.save();
        assertEquals("Must be at least 1960.", form.problem("year").orElseThrow());
        assertEquals("At most 10 digits before and 2 after the decimal point.",
                form.problem("amountUsdMillions").orElseThrow());
        form.chooseOption("recipient", 1);
        form.type("year", "2019");
        form.type("amountUsdMillions", "4321.09");
        form.save();
        assertEquals("A country does not give aid to itself.", form.problem("recipient").orElseThrow());
        form.choose("donor", Long.toString(JAPAN));
        form.chooseOption("recipient", 2);
        form.save();
        created("ODA_FIGURE");
        browser.screenshot("admin-record-oda");
        browser.assertAccessible();
        long id = form.id();
        assertFalse(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "a draft is not charted");

        form.click("state:publish");
        assertTrue(form.message().contains("Not published: a record needs at least one supporting footnote or"
                + " source."), "without support the record stays a draft and the form says why: " + form.message());
        assertTrue(form.stateBadge().contains("draft"));
        assertTrue(form.isAtRecord(id));
        browser.screenshot("admin-record-unsupported");
        browser.assertAccessible();
        assertFalse(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "refused: still not charted");
        form.choices("citations").addAny();
        form.save();
        form.click("state:publish");
        assertTrue(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "published, it is charted");
        form.choices("citations").clear();
        form.save();
        assertEquals("A published record keeps at least one supporting footnote or source: keep one, or unpublish"
                + " the record first.", form.problem("citations").orElseThrow(), "its last support stays");
        form.choices("citations").addAny();

        form.type("amountUsdMillions", "4321.1");
        form.save();
        open("/admin/history.xhtml?id=" + id);
        browser.screenshot("admin-history");
        browser.assertAccessible();
        WebElement change = browser.driver().findElement(By.cssSelector(".revision tr[data-key='amountUsdMillions']"));
        assertEquals("4321.09", change.findElement(By.cssSelector(".change-from")).getText());
        assertEquals("4321.1", change.findElement(By.cssSelector(".change-to")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".revision")).get(0).getText().contains(admin));

        // the revision before the last edit: restore it, and the restore is a revision of its own
        WebElement before = browser.driver().findElements(By.cssSelector(".revision")).get(1);
        String restoredRevision = before.getAttribute("data-revision");
        form.click(before.findElement(By.cssSelector("input[type='submit']")).getAttribute("id"));
        assertTrue(browser.driver().findElement(By.id("messages")).getText().contains(restoredRevision));
        WebElement newest = browser.driver().findElements(By.cssSelector(".revision")).get(0);
        assertEquals("4321.09", newest.findElement(By.cssSelector("tr[data-key='amountUsdMillions'] .change-to"))
                .getText());
        assertTrue(newest.getText().contains(admin));
        assertTrue(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "the restored amount is public");

        open("/admin/record.xhtml?id=" + id);
        form.click("state:trash");
        assertFalse(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "trashed: not charted");
        assertEquals(404, api("ODA_FIGURE", id));
        open("/admin/trash.xhtml");
        browser.screenshot("admin-trash");
        browser.assertAccessible();
        WebElement row = trashRow(id);
        form.click(row.findElement(By.cssSelector("input[id$='untrash']")).getAttribute("id"));
        assertTrue(Http.get(base, "/oda.xhtml?lang=en").body().contains("4321.09"), "back from the trash");
        checkConsole();
        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    @Test
    void footnotesAreListedAddedBySearchRemovedOneByOneAndTheSaveSaysWhatChanged() {
        signInAsNewAdministrator();
        open("/admin/record.xhtml?kind=ODA_FIGURE");
        CurationForm form = new CurationForm(browser);
        form.choose("donor", Long.toString(JAPAN));
        form.chooseOption("recipient", 2);
        form.type("year", "2018");
        form.type("amountUsdMillions", "7.25");
        form.chooseOption("flow", 1);
        form.type("dataset", "PICKER TEST");
        ChoiceListWidget footnotes = form.choices("citations");
        assertEquals(20, footnotes.suggestions("[").size(), "42 footnotes match, at most 20 are offered");
        footnotes.searchBox().sendKeys(Keys.ESCAPE);
        footnotes.add("[14]");
        footnotes.add("[18]");
        assertEquals(2, footnotes.chosen().size(), "adding one keeps the other: " + footnotes.chosen());
        assertTrue(footnotes.chosen().get(0).startsWith("[14] Yuasa Takeshi"), footnotes.chosen().toString());
        assertTrue(footnotes.chosen().get(1).startsWith("[18] Togzhan Kassenova"), footnotes.chosen().toString());
        assertEquals("PICKER TEST", form.value("dataset"), "adding a footnote keeps what was typed");
        List<String> offered = footnotes.suggestions("[1");
        assertTrue(offered.stream().anyMatch(s -> s.startsWith("[19]")), offered.toString());
        assertFalse(offered.stream().anyMatch(s -> s.startsWith("[18]") || s.startsWith("[14]")),
                "a chosen footnote is not offered again: " + offered);
        footnotes.searchBox().sendKeys(Keys.ESCAPE);
        form.save();
        created("ODA_FIGURE");
        long id = form.id();

        footnotes.remove("Remove [14]");
        footnotes.add("[21]");
        assertEquals(2, footnotes.chosen().size(), footnotes.chosen().toString());
        form.save();
        assertTrue(form.isAtRecord(id), "redirect-after-post to the record's own address");
        assertTrue(form.message().contains("Supporting footnotes: added [21]; removed [14]."), form.message());
        pickerScreenshots("admin-record-picker-en");

        browser.driver().get(Browser.local(base) + "admin/record.xhtml?id=" + id + "&lang=zh-TW");
        footnotes.remove("移除 [18]");
        form.save();
        assertTrue(form.message().contains("依據註腳：已移除 [18]。"), form.message());
        assertEquals(1, footnotes.chosen().size(), footnotes.chosen().toString());
        assertTrue(footnotes.chosen().get(0).startsWith("[21] 外務省"), footnotes.chosen().toString());
        pickerScreenshots("admin-record-picker-zh");
        checkConsole();
        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    /** The record editor's footnotes at 1280 and 390 px, each checked with axe. */
    private void pickerScreenshots(String name) {
        WebElement picker = browser.driver().findElement(By.cssSelector("fieldset[data-picker='citations']"));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", picker);
        browser.screenshot(name);
        browser.assertAccessible();
        browser.resize(Browser.PHONE);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", picker);
        browser.screenshot(name + "-phone");
        browser.assertAccessible();
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void aPersonsOfficesAreAddedMovedRefusedByTheirRowAndKeptInOrder() {
        signInAsNewAdministrator();
        open("/admin/record.xhtml?kind=PERSON");
        CurationForm form = new CurationForm(browser);
        fillEveryField("PERSON", form);
        form.addRow("offices");
        form.type("offices.0.title.zh", "外務大臣");
        form.type("offices.0.title.en", "Foreign Minister");
        form.type("offices.0.yearFrom", "2012");
        form.type("offices.0.yearTo", "2017");
        form.addRow("offices");
        assertEquals("Foreign Minister", form.value("offices.0.title.en"), "what was typed survives adding a row");
        form.type("offices.1.title.zh", "首相");
        form.type("offices.1.title.en", "Prime Minister");
        form.type("offices.1.yearFrom", "2020");
        form.type("offices.1.yearTo", "2019");
        form.rowAction("offices", 1, "up");
        form.addRow("offices");
        assertEquals(3, form.rowCount("offices"));
        form.save();

        assertEquals("The office cannot end before it starts.", form.problem("offices.0.yearTo").orElseThrow(),
                "the refused office, moved to the top, is named by its row");
        assertEquals(2, form.rowCount("offices"), "the empty row is dropped, the others keep what was typed");
        browser.driver().executeScript("document.querySelector(\"[data-field='offices']\").scrollIntoView();");
        browser.screenshot("admin-record-rows");
        browser.assertAccessible();
        form.type("offices.0.yearTo", "2021");
        form.save();
        created("PERSON");
        long id = form.id();
        assertEquals("Prime Minister", form.value("offices.0.title.en"));
        assertEquals("Foreign Minister", form.value("offices.1.title.en"));

        open("/admin/history.xhtml?id=" + id);
        WebElement offices = browser.driver().findElements(By.cssSelector(".revision")).get(0)
                .findElement(By.cssSelector("tr[data-key='offices'] .change-to"));
        assertEquals("首相 / Prime Minister · 2020 · 2021; 外務大臣 / Foreign Minister · 2012 · 2017",
                offices.getText());
        checkConsole();
        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    @Test
    void twoEditorsOfOneRecordConflictAndTheSecondChoosesWhichVersionStays() {
        signInAsNewAdministrator();
        open("/admin/record.xhtml?kind=EVENT");
        CurationForm form = new CurationForm(browser);
        fillEveryField("EVENT", form);
        form.save();
        created("EVENT");
        long id = form.id();
        String firstTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        open("/admin/record.xhtml?id=" + id);
        new CurationForm(browser).type("title.en", "Saved by the other editor");
        new CurationForm(browser).save();

        browser.driver().switchTo().window(firstTab);
        open("/admin/record.xhtml?id=" + id);
        form = new CurationForm(browser);
        browser.driver().switchTo().newWindow(WindowType.TAB);
        open("/admin/record.xhtml?id=" + id);
        new CurationForm(browser).type("title.en", "Saved again by the other editor");
        new CurationForm(browser).save();
        browser.driver().switchTo().window(firstTab);

        form.type("title.en", "Mine");
        form.save();
        WebElement conflict = waitFor("conflict-table");
        browser.screenshot("admin-conflict");
        assertEquals("Mine", conflict.findElement(By.cssSelector("[data-mine='title.en']")).getText());
        assertEquals("Saved again by the other editor",
                conflict.findElement(By.cssSelector("[data-saved='title.en']")).getText());
        String countries = conflict.findElement(By.cssSelector("[data-saved='countries']")).getText();
        assertTrue(countries.matches("[A-Z]{3} .+"), "a country by its code and name, not its id: " + countries);
        form.click("conflict:keep-mine");
        assertTrue(browser.driver().findElement(By.id("messages")).getText().contains("The record was saved."));
        assertEquals("Mine", new CurationForm(browser).value("title.en"));

        browser.driver().switchTo().newWindow(WindowType.TAB);
        open("/admin/record.xhtml?id=" + id);
        new CurationForm(browser).type("title.en", "Theirs");
        new CurationForm(browser).save();
        browser.driver().switchTo().window(firstTab);
        form = new CurationForm(browser);
        form.type("title.en", "Mine again");
        form.save();
        waitFor("conflict-table");
        form.click("conflict:take-saved");
        assertEquals("Theirs", new CurationForm(browser).value("title.en"));
        checkConsole();
        assertTrue(consoleErrors.isEmpty(), "no console errors (CSP violations among them): " + consoleErrors);
    }

    @Test
    void staffAreRefusedOnEveryAdministratorsPageAndAction() {
        WebClient staff = new WebClient(base);
        staff.signIn(TestAccounts.staff("curation"), TestAccounts.PASSWORD);
        for (String page : List.of("records.xhtml", "trash.xhtml", "record.xhtml?kind=COUNTRY",
                "record.xhtml?id=" + JAPAN, "history.xhtml?id=" + JAPAN)) {
            assertEquals(403, staff.get(ADMIN_PAGES_BASE + page).status(), "GET " + page);
            for (String form : List.of("record", "state", "conflict", "list", "filter", "history")) {
                assertEquals(403, staff.post(ADMIN_PAGES_BASE + page, Map.of(form, form,
                        form + ":save", "x", form + ":trash", "x", form + ":publish", "x")).status(),
                        "POST " + page + " " + form);
            }
        }
        assertEquals(200, api("COUNTRY", JAPAN), "and Japan is still published");
    }

    private String signInAsNewAdministrator() {
        String admin = TestAccounts.insert(TestAccounts.uniqueName("curator"), TestAccounts.PASSWORD, true,
                "ADMIN", "STAFF");
        SignInPage.open(browser, base, "en").signInTo(admin, TestAccounts.PASSWORD, "/admin/");
        return admin;
    }

    /** Fills every field of a new record of {@code kind} with a value its rules accept. */
    private static void fillEveryField(String kind, CurationForm form) {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        int countries = 0;
        // names and types first: adding a footnote or country posts the form, which replaces every element
        List<String[]> fields = form.fields().stream().map(field -> new String[] {field.getAttribute("data-field"),
            field.getAttribute("class").replaceAll(".*curation-field--(\\S+).*", "$1")}).toList();
        for (String[] field : fields) {
            String name = field[0];
            String type = field[1];
            switch (type) {
                case "text" -> form.type(name, switch (name) {
                    case "code" -> "X" + letters(unique);
                    case "label" -> "T" + unique;
                    default -> "Browser " + unique;
                });
                case "long_text" -> form.type(name, "Browser text " + unique);
                case "localized", "localized_long" -> {
                    form.type(name + ".zh", "瀏覽器測試 " + unique);
                    form.type(name + ".en", "Browser test " + unique);
                }
                case "partial_date" -> form.type(name, "2020-01");
                case "integer" -> {
                    if (!name.equals("footnote")) {
                        form.type(name, "2019");
                    }
                }
                case "decimal" -> form.type(name, "1.5");
                case "enum" -> {
                    if (kind.equals("CITATION") && name.equals("kind")) {
                        form.choose(name, "TABLE_NOTE");
                    } else {
                        form.chooseOption(name, 1);
                    }
                }
                case "country" -> form.chooseOption(name, ++countries);
                case "record" -> {
                    if (form.input(name).getTagName().equals("select")) {
                        form.chooseOption(name, 1);
                    } else {
                        form.type(name, Long.toString(JAPAN));
                    }
                }
                case "countries", "citations" -> form.choices(name).addAny();
                default -> {
                    // booleans keep their default ("no")
                }
            }
        }
    }

    private static String letters(String hex) {
        StringBuilder letters = new StringBuilder();
        for (char c : hex.substring(0, 2).toCharArray()) {
            letters.append((char) ('A' + Character.digit(c, 16)));
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }

    /** A text field whose new value the test can check: an English text, else the dataset or printed text. */
    private String editableKey(CurationForm form) {
        List<WebElement> english = browser.driver().findElements(By.cssSelector("[data-key$='.en']"));
        if (!english.isEmpty()) {
            return english.get(0).getAttribute("data-key");
        }
        return browser.driver().findElements(By.cssSelector("[data-key='dataset'], [data-key='printedText']"))
                .get(0).getAttribute("data-key");
    }

    /** Waits for the page a create redirects to; if the form came back instead, says what it refused. */
    private void created(String kind) {
        if (!browser.driver().findElements(By.id("created")).isEmpty()) {
            created.add(new CurationForm(browser).id());
        } else {
            browser.screenshot("failed-create-" + kind);
            throw new AssertionError(kind + " was not created: " + browser.driver().findElement(By.id("messages"))
                    .getText() + " " + new CurationForm(browser).problems().stream()
                    .map(p -> p.getAttribute("data-problem") + ": " + p.getText()).toList());
        }
    }

    private WebElement trashRow(long id) {
        return browser.driver().findElement(By.cssSelector("a.record-link[data-id='" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
    }

    private int api(String kind, long id) {
        return Http.get(base, "/api/v1/" + COLLECTION.get(kind) + "/" + id, "Accept", "application/json")
                .statusCode();
    }

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path.substring(1) + (path.contains("?") ? "&" : "?") + "lang=en");
    }

    private WebElement waitFor(String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void checkConsole() {
        consoleErrors.addAll(browser.consoleErrors());
    }
}
