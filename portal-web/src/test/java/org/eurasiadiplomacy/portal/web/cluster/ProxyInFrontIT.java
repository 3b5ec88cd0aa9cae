package org.eurasiadiplomacy.portal.web.cluster;

import static org.eurasiadiplomacy.portal.web.security.TestAccounts.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.web.security.RawHttp;
import org.eurasiadiplomacy.portal.web.testing.PortalProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production's way in (issue 17, findings 9 and 13): the built portal with its public base URL configured
 * ({@code portal.public.base-url}, as an operator sets it), behind nginx with the portal's own settings
 * (src/main/nginx/portal-proxy.conf). Absolute URLs start with the configured base whatever Host header a client
 * sends, asked directly and through nginx; requests that Payara's HTTP layer cannot parse are refused by nginx
 * with the portal's 400 page and headers. On a new H2 database of its own.
 */
class ProxyInFrontIT {

    private static final String BASE_URL = "https://portal.example.org";
    private static final String EVIL_HOST = "evil.example";
    /**
     * Payara answers these alone, with none of the portal's headers: a NUL and a path above the root (plain and
     * %-escaped) with "400 Invalid URI", a broken %-escape with an empty 200 (docs/security.md).
     */
    private static final List<String> UNPARSABLE = List.of("/a%00b", "/../x", "/%2e%2e/admin/", "/a%zzb");

    private static PortalProcess portal;
    private static Nginx nginx;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path work = Path.of("target", "proxy-in-front", Long.toString(System.currentTimeMillis())).toAbsolutePath();
        Files.createDirectories(work);
        portal = PortalProcess.startWith(Map.of("portal.public.base-url", BASE_URL + "/"),
                "jdbc:h2:file:" + work.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE", "portal", "portal",
                ADMIN_PASSWORD, work.resolve("server.log"));
        nginx = Nginx.inFrontOf(portal.port(), work.resolve("nginx"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void absoluteUrlsStartWithTheConfiguredBaseUrlWhateverTheHostHeaderSays() {
        for (int port : List.of(portal.port(), nginx.base().getPort())) {
            RawHttp.Answer login = forged(port, "/admin/index.xhtml");
            RawHttp.Answer folder = forged(port, "/resources");
            RawHttp.Answer page = forged(port, "/api/v1/countries?limit=2");
            RawHttp.Answer problem = forged(port, "/api/v1/nothing");

            assertEquals(302, login.status(), login.toString());
            assertEquals(BASE_URL + "/login.xhtml", login.header("Location").orElseThrow(), "port " + port);
            assertEquals(BASE_URL + "/resources/", folder.header("Location").orElseThrow(), "port " + port);
            String links = page.header("Link").orElseThrow();
            assertTrue(links.startsWith("<" + BASE_URL + "/api/v1/countries?"), links);
            assertEquals(404, problem.status(), problem.toString());
            assertTrue(problem.body().contains("\"type\":\"" + BASE_URL + "/api.xhtml#problem-not-found\""),
                    problem.body());
            for (RawHttp.Answer answer : List.of(login, folder, page, problem)) {
                assertFalse(answer.toString().contains(EVIL_HOST) || answer.body().contains(EVIL_HOST),
                        "the forged Host is repeated: " + answer);
            }
        }
    }

    @Test
    void requestsPayaraCannotParseAreRefusedByNginxWithThePortalsPageAndHeaders() {
        for (String path : UNPARSABLE) {
            RawHttp.Answer proxied = RawHttp.send(InetAddress.getLoopbackAddress(), nginx.base().getPort(), "GET",
                    path, "localhost");

            assertEquals(400, proxied.status(), path + ": " + proxied);
            // nginx refuses the request line before it reads the headers, so the page is in the portal's default
            // language whatever Accept-Language says
            assertTrue(proxied.body().contains("id=\"error-400\""), "the portal's 400 page for " + path + ": "
                    + proxied.body());
            assertProtected(proxied, path);
        }
    }

    @Test
    void thePortalsOwnHeadersPassThroughNginxOnceAndUnchanged() {
        RawHttp.Answer home = RawHttp.send(InetAddress.getLoopbackAddress(), nginx.base().getPort(), "GET",
                "/", "localhost");
        RawHttp.Answer missing = RawHttp.send(InetAddress.getLoopbackAddress(), nginx.base().getPort(), "GET",
                "/no-such-page", "localhost");

        assertEquals(200, home.status(), home.toString());
        assertTrue(home.header("Content-Security-Policy").orElseThrow().contains("'nonce-"),
                "the page's own policy with its nonce, not nginx's: " + home);
        assertEquals(404, missing.status(), missing.toString());
        for (RawHttp.Answer answer : List.of(home, missing)) {
            assertProtected(answer, "a page");
        }
    }

    /** Exactly one of each protective header (a second policy would be enforced too), and no server version. */
    private static void assertProtected(RawHttp.Answer answer, String what) {
        assertEquals(1, answer.all("Content-Security-Policy").size(), what + ": " + answer);
        assertTrue(answer.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"),
                what + ": " + answer);
        assertEquals(List.of("nosniff"), answer.all("X-Content-Type-Options"), what + ": " + answer);
        assertEquals(List.of("DENY"), answer.all("X-Frame-Options"), what + ": " + answer);
        assertEquals(1, answer.all("Referrer-Policy").size(), what + ": " + answer);
        assertFalse(answer.toString().matches(".*(nginx/|Payara|GlassFish|Grizzly).*"), what + ": " + answer);
        assertFalse(answer.body().contains("Invalid URI"), what + ": " + answer.body());
    }

    private static RawHttp.Answer forged(int port, String path) {
        return RawHttp.send(InetAddress.getLoopbackAddress(), port, "GET", path, EVIL_HOST);
    }
}
