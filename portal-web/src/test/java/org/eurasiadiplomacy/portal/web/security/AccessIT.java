package org.eurasiadiplomacy.portal.web.security;

import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN_PASSWORD;
import static org.eurasiadiplomacy.portal.web.security.TestAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.Test;

/**
 * Who may reach what, forged and cross-site postbacks, the protective headers of every kind of response, and
 * the error pages, on the deployed WAR.
 */
class AccessIT extends DeployedPortal {

    private static final List<String> STAFF_PAGES = List.of("/staff/", "/staff/index.xhtml", "/staff/password.xhtml");
    private static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/index.xhtml", "/admin/accounts.xhtml");

    @Test
    void anonymousReadersAreSentToTheLoginPageForStaffAndAdminPages() {
        WebClient reader = new WebClient(base);
        for (String page : concat(STAFF_PAGES, ADMIN_PAGES)) {
            assertTrue(reader.get(page).redirectsTo("/login.xhtml"), page);
            assertTrue(new WebClient(base).post(page, Map.of("anything", "x")).redirectsTo("/login.xhtml"),
                    "a POST too: " + page);
        }
    }

    @Test
    void staffMayOpenStaffPagesOnlyAndAdministratorsMayOpenBoth() {
        WebClient staff = signedIn(TestAccounts.staff("matrix"), PASSWORD);
        WebClient admin = signedIn(ADMIN, ADMIN_PASSWORD);

        for (String page : STAFF_PAGES) {
            assertEquals(200, staff.get(page).status(), "staff: " + page);
            assertEquals(200, admin.get(page).status(), "admin: " + page);
        }
        for (String page : ADMIN_PAGES) {
            WebPage refused = staff.get(page, "Accept-Language", "en");
            assertEquals(403, refused.status(), "staff: " + page);
            assertEquals("Not allowed", refused.heading(), "the friendly 403 page");
            assertEquals(200, admin.get(page).status(), "admin: " + page);
        }
    }

    @Test
    void aStaffMembersForgedPostbackOfAnAdministratorsActionChangesNothing() {
        String target = TestAccounts.staff("target");
        TestAccounts.Row before = TestAccounts.row(target);
        WebClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        WebPage accounts = TestAccounts.accountsPage(admin);
        Map<String, String> disable = TestAccounts.rowAction(accounts, target, "disable");
        String button = TestAccounts.rowButton(accounts, target, "disable");
        WebClient staff = signedIn(TestAccounts.staff("forger"), PASSWORD);

        // the administrator's own request, replayed with the staff member's session
        assertEquals(403, staff.post("/admin/accounts.xhtml", disable).status());
        // a real view state of a page the staff member may open, with the administrator's button
        WebPage own = staff.get("/staff/password.xhtml");
        Map<String, String> forged = WebClient.formFields(own, "password", Map.of(button, "disable", "list", "list"));
        assertEquals(403, staff.post("/admin/accounts.xhtml", forged).status());
        // the administrator's button posted to the staff member's own page: that view has no such action
        assertEquals(200, staff.post("/staff/password.xhtml", forged).status());

        assertEquals(before, TestAccounts.row(target), "nothing changed");
        assertEquals(200, admin.post("/admin/accounts.xhtml", disable).status());
        assertFalse(TestAccounts.row(target).enabled(), "the same request from the administrator does it");
    }

    @Test
    void postsWithoutTheFormsViewStateOrWithAnotherSessionsChangeNothing() {
        String victim = TestAccounts.staff("victim");
        TestAccounts.Row before = TestAccounts.row(victim);
        WebClient browser = signedIn(victim, PASSWORD);
        WebPage form = browser.get("/staff/password.xhtml");
        Map<String, String> typed = Map.of("password:current", PASSWORD, "password:new", "chosen by an attacker",
                "password:repeat", "chosen by an attacker", "password:change", "x");
        Map<String, String> victimsFields = WebClient.formFields(form, "password", typed);

        // a cross-site form knows the field names, not the view state
        Map<String, String> withoutViewState = new HashMap<>(victimsFields);
        withoutViewState.remove("jakarta.faces.ViewState");
        assertEquals(200, browser.post("/staff/password.xhtml", withoutViewState).status());
        // or brings the attacker's own view state
        WebClient attacker = signedIn(TestAccounts.staff("attacker"), PASSWORD);
        Map<String, String> foreign = WebClient.formFields(attacker.get("/staff/password.xhtml"), "password", typed);
        WebPage expired = browser.post("/staff/password.xhtml", foreign);
        assertTrue(expired.redirectsTo("/error/expired.xhtml"), expired.toString());
        assertEquals("This page has expired", browser.get("/error/expired.xhtml").heading());
        // SameSite=Lax keeps the session cookie off another site's POST: the request arrives without a session
        assertTrue(new WebClient(base).post("/staff/password.xhtml", victimsFields).redirectsTo("/login.xhtml"));

        assertEquals(before, TestAccounts.row(victim), "the password is unchanged");
        assertTrue(new WebClient(base).signIn(victim, PASSWORD).redirectsTo("/staff/"));
    }

    @Test
    void everyKindOfResponseCarriesTheProtectiveHeadersAndNamesNoServer() {
        WebClient reader = new WebClient(base);
        WebPage home = reader.get("/");
        String stylesheet = firstStylesheet(home);
        WebPage resource = reader.get(stylesheet);
        WebPage api = reader.get("/api/v1/countries");
        Map<String, WebPage> responses = new LinkedHashMap<>();
        responses.put("page", home);
        responses.put("login page", reader.get("/login.xhtml"));
        responses.put("resource", resource);
        responses.put("resource 304", reader.get(stylesheet, "If-Modified-Since", resource.header("Last-Modified").orElseThrow()));
        responses.put("API", api);
        responses.put("API 304", reader.get("/api/v1/countries", "If-None-Match", api.header("ETag").orElseThrow()));
        responses.put("API description", reader.get("/openapi"));
        responses.put("404 page", reader.get("/no-such-page"));
        responses.put("404 Faces page", reader.get("/no-such-page.xhtml"));
        responses.put("redirect to login", reader.get("/admin/index.xhtml"));
        responses.put("403", signedIn(TestAccounts.staff("headers"), PASSWORD).get("/admin/index.xhtml"));

        assertEquals(304, responses.get("resource 304").status());
        assertEquals(304, responses.get("API 304").status());
        responses.forEach((kind, response) -> {
            String csp = response.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(kind + ": CSP"));
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'")
                    && csp.contains("object-src 'none'") && csp.contains("script-src 'self'"), kind + ": " + csp);
            assertEquals(1, response.headers("Content-Security-Policy").size(), kind + ": one policy");
            assertEquals(List.of("nosniff"), response.headers("X-Content-Type-Options"), kind);
            assertEquals(List.of("DENY"), response.headers("X-Frame-Options"), kind);
            assertEquals(List.of("strict-origin-when-cross-origin"), response.headers("Referrer-Policy"), kind);
            assertTrue(response.header("Server").isEmpty(), kind + ": Server " + response.header("Server"));
            assertTrue(response.header("X-Powered-By").isEmpty(), kind + ": X-Powered-By");
        });
        assertTrue(home.header("Content-Security-Policy").orElseThrow().matches(".*script-src 'self' 'nonce-[^']+';?"),
                "pages add PrimeFaces' nonce to the one policy");
        assertEquals("no-store", responses.get("login page").header("Cache-Control").orElse(""));
        assertEquals("public, no-cache", home.header("Cache-Control").orElse(""), "public pages stay cacheable");
        assertFalse(resource.header("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void staffAdminAndSignedInPagesAreNeverStored() {
        WebClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        for (String page : List.of("/staff/index.xhtml", "/staff/password.xhtml", "/admin/accounts.xhtml", "/")) {
            assertEquals("no-store", admin.get(page).header("Cache-Control").orElse(""), page);
        }
    }

    @Test
    void errorPagesAreFriendlyInTheReadersLanguageAndHideTheServer() {
        WebClient reader = new WebClient(base);
        WebPage missing = reader.get("/no-such-page", "Accept-Language", "en");
        WebPage missingZh = reader.get("/no-such-page.xhtml", "Accept-Language", "zh-TW");
        WebPage login = reader.get("/login.xhtml");
        Map<String, String> fields = WebClient.formFields(login, "login", Map.of("login:username", "x",
                "login:password", "y", "login:sign-in", "x"));
        fields.put("jakarta.faces.ViewState", "-1234567890:987654321");
        WebPage refusedPostback = reader.post("/login.xhtml", fields);
        assertTrue(refusedPostback.redirectsTo("/error/expired.xhtml"), refusedPostback.toString());
        WebPage expired = reader.get(refusedPostback.redirectPath().orElseThrow(), "Accept-Language", "en");
        WebPage forbidden = signedIn(TestAccounts.staff("forbidden"), PASSWORD)
                .get("/admin/accounts.xhtml", "Accept-Language", "zh-TW");
        // a postback without PrimeFaces' nonce is a bad request (CraftedRequestsIT reads its one log line)
        Map<String, String> withoutNonce = WebClient.formFields(reader.get("/login.xhtml"), "login", Map.of());
        withoutNonce.remove("primefaces.nonce");
        WebPage badRequest = reader.post("/login.xhtml", withoutNonce);
        // no request of a reader makes the portal fail, so the 500 page is looked at as the container shows it
        WebPage failed = reader.get("/error/500.xhtml", "Accept-Language", "en");

        assertEquals(404, missing.status());
        assertEquals("Page not found", missing.heading());
        assertEquals(404, missingZh.status());
        assertEquals("找不到網頁", missingZh.heading());
        assertEquals("This page has expired", expired.heading());
        assertEquals(403, forbidden.status());
        assertEquals("沒有權限", forbidden.heading());
        assertEquals(400, badRequest.status());
        assertEquals("Bad request", badRequest.heading());
        assertEquals("Something went wrong", failed.heading());
        for (WebPage page : List.of(missing, missingZh, expired, forbidden, badRequest, failed)) {
            for (String leak : List.of("Exception", "at org.", "at jakarta.", "Payara", "GlassFish", "Mojarra")) {
                assertFalse(page.body().contains(leak), leak + " on " + page);
            }
        }
    }

    @Test
    void whatPeopleTypeComesBackEscapedAndMistakesAreExplainedInTheirLanguage() {
        WebPage echoed = new WebClient(base).signIn("\"><script>alert('x')</script>", "whatever it is");
        assertFalse(echoed.body().contains("<script>alert('x')"), "the typed name is not markup");
        assertTrue(echoed.body().contains("&lt;script&gt;alert("), "it is shown as text");

        WebClient admin = signedIn(ADMIN, ADMIN_PASSWORD);
        Map<String, String> badName = Map.of("create:username", "Bad Name!", "create:roles", "STAFF",
                "create:create-account", "x");
        WebPage english = admin.submit(TestAccounts.accountsPage(admin), "create", badName);
        WebPage chinesePage = admin.get("/admin/accounts.xhtml", "Accept-Language", "zh-TW");
        WebPage chinese = admin.post(chinesePage.formAction("create"),
                WebClient.formFields(chinesePage, "create", badName), "Accept-Language", "zh-TW");

        assertTrue(english.body().contains("Use lower-case letters, digits, dot, hyphen and underscore"),
                "Bean Validation's message, in English");
        assertTrue(chinese.body().contains("請使用小寫英文字母、數字、句點、連字號與底線"), "and in Chinese");
        assertFalse(english.textOf("issued-password").isPresent(), "no account was created");
    }

    private WebClient signedIn(String username, String password) {
        WebClient client = new WebClient(base);
        WebPage answer = client.signIn(username, password);
        assertEquals(302, answer.status(), "signed in as " + username + ": " + answer);
        return client;
    }

    private static String firstStylesheet(WebPage page) {
        Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]*portal\\.css[^\"]*)\"")
                .matcher(page.body());
        assertTrue(link.find(), "the page links its stylesheet");
        return link.group(1).replace("&amp;", "&");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
