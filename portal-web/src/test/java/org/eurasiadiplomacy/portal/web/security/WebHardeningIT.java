package org.eurasiadiplomacy.portal.web.security;

import static org.eurasiadiplomacy.portal.web.security.TestAccounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The attacks of the security assessment (issue 17) that the portal now turns away, each on the deployed WAR:
 * markup in the chart's script, session ids in the address, postbacks by GET, what the server tells about
 * itself, links that lead off-site, and absolute URLs built from a forged Host header.
 */
class WebHardeningIT extends DeployedPortal {

    private static final String REDIRECT_PAYLOAD =
            "</script><meta http-equiv=refresh content=\"0;url=https://evil.example/\">";
    private static final String EVIL_HOST = "evil.example";

    @Test
    void aCountryNameCannotEndTheChartsScript() throws SQLException {
        try (Connection db = ItDatabase.connect()) {
            rename(db, "Kazakhstan" + REDIRECT_PAYLOAD, "哈薩克" + REDIRECT_PAYLOAD);
            try {
                for (String page : List.of("/?lang=en", "/oda.xhtml?lang=en", "/?lang=zh-TW", "/oda.xhtml?lang=zh-TW")) {
                    HttpResponse<String> answer = Http.get(base, page);
                    assertEquals(200, answer.statusCode(), page);
                    Document parsed = Jsoup.parse(answer.body());
                    assertTrue(parsed.select("meta[http-equiv]").isEmpty(),
                            page + ": the name's markup became an element: " + parsed.select("meta[http-equiv]"));
                    assertFalse(answer.body().contains("url=https://evil.example/\">"), page);
                    assertTrue(answer.body().contains("\\u003c/script\\u003e\\u003cmeta http-equiv=refresh"),
                            page + ": the name is in the chart's data, escaped for the script");
                    String scripts = parsed.select("script").stream().map(Element::data).collect(Collectors.joining());
                    assertTrue(scripts.contains("odaChart") || scripts.contains("homeOdaChart"), page + ": the chart's script");
                }
            } finally {
                rename(db, "Kazakhstan", "哈薩克");
            }
        }
    }

    @Test
    void aSessionIdInTheAddressIsNoSession() {
        String user = TestAccounts.staff("url-session");
        WebClient owner = new WebClient(base);
        assertTrue(owner.signIn(user, PASSWORD).redirectsTo("/staff/"));
        String id = owner.sessionId().orElseThrow();

        // a staff page: the id is ignored, so the reader is not signed in and is sent to the login page
        for (String path : List.of("/staff/index.xhtml;jsessionid=" + id, "/staff/password.xhtml;JSESSIONID=" + id)) {
            WebPage answer = new WebClient(base).get(path);
            assertTrue(answer.redirectsTo("/login.xhtml"), path + " with no cookie: " + answer);
        }
        // a public page: refused with the portal's 400, nobody signed in
        for (String path : List.of("/;jsessionid=" + id, "/oda.xhtml;jsessionid=" + id)) {
            WebPage answer = new WebClient(base).get(path);
            assertEquals(400, answer.status(), path + " with no cookie: " + answer);
            assertEquals("Bad request", answer.heading(), "the portal's own 400 page");
            assertFalse(answer.body().contains(user), "nobody is signed in on " + path);
            assertFalse(answer.body().contains(id), "the id is not repeated");
        }
        assertEquals(200, owner.get("/staff/index.xhtml").status(), "the session itself is untouched");
    }

    @Test
    void aFormSentByGetRunsNoAction() {
        String user = TestAccounts.staff("get-postback");
        WebClient browser = new WebClient(base);
        assertTrue(browser.signIn(user, PASSWORD).redirectsTo("/staff/"));
        WebPage dashboard = browser.get("/staff/index.xhtml");
        Map<String, String> signOut = WebClient.formFields(dashboard, "account-menu",
                Map.of("account-menu:sign-out", "sign out"));

        for (String viewState : List.of("jakarta.faces.ViewState", "javax.faces.ViewState")) {
            Map<String, String> fields = new LinkedHashMap<>(signOut);
            fields.put(viewState, signOut.get("jakarta.faces.ViewState"));
            WebPage refused = browser.get("/staff/index.xhtml?" + WebClient.encode(fields));
            assertEquals(405, refused.status(), viewState + ": " + refused);
            assertEquals("Not possible this way", refused.heading(), "the portal's own 405 page");
        }

        assertEquals(200, browser.get("/staff/index.xhtml").status(), "still signed in: the sign-out did not run");
        assertTrue(browser.signOut(browser.get("/staff/index.xhtml")).redirectsTo("/"), "the same form by POST works");
    }

    @Test
    void servletLevelErrorsAreThePortalsOwnPagesAndTheApiHasNoWadl() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> unknownMethod = client.send(HttpRequest.newBuilder(Http.resolve(base, "/index.xhtml"))
                .method("FOO", HttpRequest.BodyPublishers.noBody()).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wadl = Http.get(base, "/api/application.wadl");
        HttpResponse<String> options = client.send(HttpRequest.newBuilder(Http.resolve(base, "/api/v1/countries"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        RawHttp.Answer trace = raw("TRACE", "/");

        assertTrue(unknownMethod.statusCode() == 400 || unknownMethod.statusCode() == 501, unknownMethod.toString());
        assertFalse(unknownMethod.body().contains("Error report"), unknownMethod.body());
        assertTrue(unknownMethod.body().contains("error-" + unknownMethod.statusCode()), "the portal's error page");
        assertEquals(404, wadl.statusCode());
        assertTrue(wadl.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(405, trace.status(), trace.toString());
        assertTrue(trace.body().contains("error-405"), "the portal's 405 page, not an echo of the request");
        for (String answer : List.of(unknownMethod.body(), wadl.body(), options.body(), options.headers().toString(),
                trace.body(), trace.headers().toString())) {
            for (String leak : List.of("Jersey", "Payara", "GlassFish", "Grizzly")) {
                assertFalse(answer.contains(leak), leak + " in " + answer);
            }
        }
    }

    @Test
    void metricsAreForTheLocalMachineOnly() {
        InetAddress elsewhere = nonLoopbackAddressOfThisMachine();
        RawHttp.Answer fromOutside = RawHttp.send(elsewhere, base.getPort(), "GET", "/metrics", "portal");
        RawHttp.Answer fromHere = RawHttp.send(InetAddress.getLoopbackAddress(), base.getPort(), "GET", "/metrics",
                "localhost");

        assertEquals(404, fromOutside.status(), "from " + elsewhere + ": " + fromOutside);
        assertFalse(fromOutside.body().contains("connection_pool") || fromOutside.body().contains("jvm"),
                "no metrics from another address");
        assertEquals(200, fromHere.status(), "a monitoring agent on the machine still reads them");
        assertTrue(fromHere.body().contains("# TYPE"), "Prometheus text");
    }

    @Test
    void answersTheContainerUsedToMakeCarryThePortalsHeaders() {
        Map<String, RawHttp.Answer> answers = new LinkedHashMap<>();
        answers.put("folder without slash", raw("GET", "/error"));
        answers.put("TRACE", raw("TRACE", "/index.xhtml"));
        answers.put("unknown method", raw("FOO", "/"));

        assertEquals(301, answers.get("folder without slash").status());
        assertEquals("/error/", answers.get("folder without slash").header("Location").orElseThrow());
        answers.forEach((kind, answer) -> {
            String csp = answer.header("Content-Security-Policy").orElseThrow(() -> new AssertionError(kind + ": CSP " + answer));
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), kind + ": " + csp);
            assertEquals(List.of("nosniff"), answer.all("X-Content-Type-Options"), kind);
            assertEquals(List.of("DENY"), answer.all("X-Frame-Options"), kind + ": not Payara's SAMEORIGIN");
        });
    }

    @Test
    void theLanguageLinksOfAnyAddressStayOnThisSite() throws IOException, InterruptedException {
        URI root = URI.create(base.toString());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : List.of("//evil.example/x", "///evil.example/x?a=b", "//evil.example/oda.xhtml")) {
            // the path exactly as typed: resolving it against the base would make it another host
            URI asked = URI.create(root.getScheme() + "://" + root.getRawAuthority() + path);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(asked).header("Accept-Language", "en")
                    .build(), HttpResponse.BodyHandlers.ofString());
            Document page = Jsoup.parse(answer.body(), base.toString());
            List<Element> links = page.select("nav.language-switch a");
            assertEquals(2, links.size(), path + ": the language switch (" + answer.statusCode() + ")");
            for (Element link : links) {
                String href = link.attr("href");
                assertTrue(href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\"), path + ": " + href);
                assertEquals(root.getHost(), URI.create(link.absUrl("href")).getHost(), path + ": " + href);
            }
        }
    }

    @Test
    void aForgedHostHeaderIsNotRepeatedInAnyAbsoluteUrl() {
        RawHttp.Answer login = raw("GET", "/admin/index.xhtml");
        RawHttp.Answer folder = raw("GET", "/resources");
        RawHttp.Answer page = raw("GET", "/api/v1/countries?limit=2");
        RawHttp.Answer problem = raw("GET", "/api/v1/nothing");

        assertEquals(302, login.status(), login.toString());
        assertEquals("/login.xhtml", login.header("Location").orElseThrow(), "relative: no public base URL is configured");
        assertEquals("/resources/", folder.header("Location").orElseThrow());
        String links = page.header("Link").orElseThrow();
        assertTrue(links.startsWith("</api/v1/countries?"), links);
        assertTrue(problem.body().contains("\"type\":\"/api.xhtml#problem-not-found\""), problem.body());
        for (RawHttp.Answer answer : List.of(login, folder, page, problem)) {
            assertFalse(answer.toString().contains(EVIL_HOST) || answer.body().contains(EVIL_HOST), answer.toString());
        }
    }

    /** A request with a forged Host header, written by hand (Java's HttpClient will not send one). */
    private RawHttp.Answer raw(String method, String path) {
        return RawHttp.send(InetAddress.getLoopbackAddress(), base.getPort(), method, path, EVIL_HOST);
    }

    private static void rename(Connection db, String english, String chinese) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update country set name_en = ?, name_zh = ? where code = 'KAZ'")) {
            update.setString(1, english);
            update.setString(2, chinese);
            assertEquals(1, update.executeUpdate(), "Kazakhstan, a recipient of Table 2");
        }
    }

    private static InetAddress nonLoopbackAddressOfThisMachine() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return address;
                    }
                }
            }
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("This test needs a network interface other than loopback, to ask from another"
                + " address than the local machine's; this machine has none up");
    }
}
