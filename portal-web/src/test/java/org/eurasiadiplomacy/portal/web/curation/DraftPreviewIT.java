package org.eurasiadiplomacy.portal.web.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.Browser;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.eurasiadiplomacy.portal.web.testing.SignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, item 7: an administrator who opens a draft's public address sees the page as the public will see it,
 * clearly marked as a preview, at 1280 and 390 px and in both languages; the public and staff still get the 404
 * page, and an anonymous reader still gets no session.
 */
class DraftPreviewIT extends DeployedPortal {

    @RegisterExtension
    final Browser browser = new Browser();
    private long draft;

    @AfterEach
    void trashTheDraft() throws SQLException {
        // other tests of the run see the article only
        try (Connection db = ItDatabase.connect();
             PreparedStatement trash = db.prepareStatement(
                     "update record set deleted_at = current_timestamp where id = ?")) {
            trash.setLong(1, draft);
            trash.executeUpdate();
        }
    }

    @Test
    void anAdministratorPreviewsADraftThatThePublicAndStaffCannotOpen() {
        String admin = TestAccounts.insert(TestAccounts.uniqueName("previewer"), TestAccounts.PASSWORD, true,
                "ADMIN", "STAFF");
        SignInPage.open(browser, base, "en").signInTo(admin, TestAccounts.PASSWORD, "/admin/");
        String name = "Draftland " + UUID.randomUUID().toString().substring(0, 6);
        draft = createCountry(name);
        String page = "/country.xhtml?id=" + draft;

        open(page + "&lang=en");
        WebElement banner = browser.driver().findElement(By.id("draft-preview"));
        assertTrue(banner.getText().contains("Preview of a draft: not public"), banner.getText());
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains(name), "the page itself");
        browser.screenshot("draft-preview");
        browser.assertAccessible();
        browser.resize(Browser.PHONE);
        assertTrue(browser.driver().findElement(By.id("draft-preview")).isDisplayed(), "marked on a phone too");
        browser.screenshot("draft-preview-phone");
        browser.resize(Browser.DESKTOP);
        open(page + "&lang=zh-TW");
        assertTrue(browser.driver().findElement(By.id("draft-preview")).getText().contains("草稿預覽：尚未公開"));
        open("/admin/records.xhtml?lang=en");
        assertFalse(browser.driver().findElements(By.cssSelector("a.preview-link[href$='id=" + draft + "']"))
                .isEmpty(), "the records list offers the draft's preview");

        HttpResponse<String> reader = Http.get(base, page + "&lang=en");
        assertEquals(404, reader.statusCode(), "the public still gets Page not found");
        assertFalse(reader.body().contains(name) || reader.body().contains("draft-preview"), "nothing of the draft");
        // (?lang=en sets the language cookie, portal-lang, which is no session)
        assertTrue(reader.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "and no session: " + reader.headers().allValues("Set-Cookie"));
        WebClient staff = new WebClient(base);
        staff.signIn(TestAccounts.staff("no-preview"), TestAccounts.PASSWORD);
        WebPage forStaff = staff.get(page);
        assertEquals(404, forStaff.status(), "staff do not preview: " + forStaff);
    }

    /** A new country through the administrators' form: it is created as a draft. Returns its id. */
    private long createCountry(String name) {
        open("/admin/record.xhtml?kind=COUNTRY&lang=en");
        CurationForm form = new CurationForm(browser);
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        form.type("code", "Q" + (letters + "BB").substring(0, 2));
        form.type("name.zh", "草稿國 " + name.substring(name.length() - 6));
        form.type("name.en", name);
        form.chooseOption("region", 1);
        form.chooseOption("actorType", 1);
        form.save();
        assertTrue(form.stateBadge().contains("draft"), "created as a draft: " + form.problems());
        return form.id();
    }

    private void open(String path) {
        browser.driver().get(Browser.local(base) + path.substring(1));
    }
}
