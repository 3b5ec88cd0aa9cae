package org.eurasiadiplomacy.portal.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.web.testing.Http;

/**
 * One browser's worth of HTTP: a cookie jar (so a session), no redirects followed, English unless a request
 * asks for another language, and forms submitted the way a browser submits them (every hidden field of the
 * form, plus what the test types and clicks).
 */
public final class WebClient {

    public static final String SESSION_COOKIE = "JSESSIONID";

    private final URL base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebClient(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    public WebPage get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.resolve(base, path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public WebPage post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Submits the multipart form {@code formId} of {@code page} as a browser does: its hidden fields, {@code typed},
     * and one file {@code fileField} named {@code fileName} with {@code content}.
     */
    public WebPage submitWithFile(WebPage page, String formId, Map<String, String> typed, String fileField,
            String fileName, String content) {
        String boundary = "----portal-test-" + Long.toHexString(System.nanoTime());
        StringBuilder body = new StringBuilder();
        formFields(page, formId, typed).forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\n").append("Content-Type: text/plain\r\n\r\n")
                .append(content).append("\r\n--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(Http.resolve(base, page.formAction(formId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Posts {@code text} as a plain-text body (the test probes' questions). */
    public WebPage postText(String path, String text) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /** Posts a body of the caller's making, such as a multipart upload. */
    public WebPage post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Submits form {@code formId} of {@code page}: its hidden fields (view state, nonce) and {@code typed}. */
    public WebPage submit(WebPage page, String formId, Map<String, String> typed) {
        return post(page.formAction(formId), formFields(page, formId, typed));
    }

    /** Submits form {@code formId} of {@code page} as it stands (every field with its value), changed by {@code typed}. */
    public WebPage submitFilled(WebPage page, String formId, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>(page.filledFields(formId));
        fields.putAll(typed);
        return post(page.formAction(formId), fields);
    }

    /** The fields a browser would send for {@code formId} of {@code page}, without sending them. */
    public static Map<String, String> formFields(WebPage page, String formId, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>(page.hiddenFields(formId));
        fields.putAll(typed);
        return fields;
    }

    /** Signs in through the login page, as a person does; the answer is the login form's response. */
    public WebPage signIn(String username, String password) {
        WebPage login = get("/login.xhtml");
        return submit(login, "login", Map.of(
                "login:username", username,
                "login:password", password,
                "login:sign-in", "sign in"));
    }

    /** Signs out with the account menu's button on {@code page}. */
    public WebPage signOut(WebPage page) {
        return submit(page, "account-menu", Map.of("account-menu:sign-out", "sign out"));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> SESSION_COOKIE.equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Makes this client send {@code sessionId}: a stolen, fixed or replayed session. */
    public WebClient useSession(String sessionId) {
        URI uri = URI.create(base.toString());
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri, cookie);
        return this;
    }

    private WebPage send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        if (built.headers().firstValue("Accept-Language").isEmpty()) {
            request.header("Accept-Language", "en");
        }
        try {
            return new WebPage(client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
