package org.eurasiadiplomacy.portal.web.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.eurasiadiplomacy.portal.web.security.TestAccounts;
import org.eurasiadiplomacy.portal.web.security.WebClient;
import org.eurasiadiplomacy.portal.web.security.WebPage;
import org.eurasiadiplomacy.portal.web.testing.PortalAnswers;
import org.eurasiadiplomacy.portal.web.testing.PortalWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A staff member's working day in one session: opening page after page must not make the session grow, or every
 * request of it gets slower (the soak, docs/performance.md), while a form opened among the last views still saves
 * and an older one ends on the "page has expired" page.
 * The deployed WAR is the built one plus a probe that reports the session's view-scope bookkeeping.
 */
@ExtendWith(ArquillianExtension.class)
class LongSessionIT {

    /** Mojarra's default number of view maps a session keeps (com.sun.faces.numberOfActiveViewMaps). */
    private static final int VIEW_MAPS_KEPT = 25;
    /** Mojarra's default number of views whose state a session keeps for postbacks (numberOfLogicalViews). */
    private static final int VIEW_STATES_KEPT = 15;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portalWithProbe() {
        return PortalWar.built().addClass(ViewScopeProbe.class);
    }

    /** Payara's "ready" is not enough: no test starts before the home page answers (as in DeployedPortal). */
    @BeforeEach
    void portalServes() {
        PortalAnswers.await(base, Duration.ofSeconds(120), () -> { });
    }

    @Test
    void aSessionKeepsViewScopeStateForItsLastViewsOnlyHoweverManyPagesItOpens() {
        WebClient staff = signedInStaff("long-day");

        for (int page = 0; page < 4 * VIEW_MAPS_KEPT; page++) {
            assertEquals(200, staff.get("/staff/source.xhtml?id=2035").status());
        }

        int[] kept = probe(staff);
        assertEquals(VIEW_MAPS_KEPT, kept[0], "Mojarra keeps the view maps of the last views");
        assertEquals(VIEW_MAPS_KEPT, kept[1], "and the view-scope bookkeeping of those views only, not of all 100");
    }

    @Test
    void aFormOpenedAmongTheLastViewsIsStillSavedAfterOtherPages() {
        WebClient staff = signedInStaff("many-tabs");
        WebPage form = staff.get("/staff/source.xhtml?lang=en");
        openOtherPages(staff, VIEW_STATES_KEPT - 1);

        String title = "Opened before other pages " + UUID.randomUUID().toString().substring(0, 8);
        WebPage saved = staff.submitFilled(form, "source", newJournalArticle(title));

        assertTrue(saved.redirectsTo("/staff/source.xhtml?id="), "saved: " + saved + " " + saved.messages());
        assertTrue(staff.get(saved.redirectPath().orElseThrow()).body().contains(title));
    }

    @Test
    void aFormOlderThanTheViewsKeptEndsOnTheExpiredPageAndStoresNothing() {
        WebClient staff = signedInStaff("too-many-tabs");
        WebPage form = staff.get("/staff/source.xhtml?lang=en");
        openOtherPages(staff, VIEW_STATES_KEPT);

        String title = "Opened before too many pages " + UUID.randomUUID().toString().substring(0, 8);
        WebPage refused = staff.submitFilled(form, "source", newJournalArticle(title));

        assertTrue(refused.redirectsTo("/error/expired.xhtml"), refused.toString());
        assertFalse(staff.get("/staff/sources.xhtml?lang=en").body().contains(title));
    }

    private static void openOtherPages(WebClient staff, int pages) {
        for (int page = 0; page < pages; page++) {
            assertEquals(200, staff.get("/staff/source.xhtml?id=2035").status());
        }
    }

    private static Map<String, String> newJournalArticle(String title) {
        return Map.of("source:type", "JOURNAL_ARTICLE", "source:title", title, "source:language", "en",
                "source:container", "Journal of Eurasian Studies", "source:year", "2021", "source:save", "save");
    }

    private WebClient signedInStaff(String prefix) {
        WebClient staff = new WebClient(base);
        assertTrue(staff.signIn(TestAccounts.staff(prefix), TestAccounts.PASSWORD).redirectsTo("/staff/"));
        return staff;
    }

    private static int[] probe(WebClient client) {
        WebPage answer = client.get("/it-probe/view-scope");
        assertEquals(200, answer.status(), answer.toString());
        return Arrays.stream(answer.body().trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
