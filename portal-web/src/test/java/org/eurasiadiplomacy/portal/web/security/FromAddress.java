package org.eurasiadiplomacy.portal.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A sign-in client that connects from a loopback address of its choice (127.0.0.x), so the portal sees
 * another client address than the other tests'. Java's HttpClient cannot choose its local address, so this
 * speaks plain HTTP/1.0 over a socket: one request per connection, no chunked answers.
 */
final class FromAddress {

    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^Set-Cookie: ([^=;\\s]+)=([^;\\r\\n]*)");

    private final InetAddress local;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String loginPage;

    FromAddress(InetAddress local, URL base) {
        this.local = local;
        this.port = base.getPort();
    }

    /** Tries one sign-in; true when the portal signed the user in (it redirects away from the login page). */
    boolean signIn(String username, String password) {
        if (loginPage == null) {
            loginPage = exchange("GET /login.xhtml HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n" + cookie() + "\r\n");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
                .matcher(loginPage.substring(loginPage.indexOf("<form id=\"login\"")));
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:sign-in", "sign in");
        String body = WebClient.encode(fields);
        String answer = exchange("POST /login.xhtml HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n" + cookie()
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        if (answer.startsWith("HTTP/1.1 302") || answer.startsWith("HTTP/1.0 302")) {
            return true;
        }
        loginPage = answer;
        return false;
    }

    /** Every cookie the portal set, as a browser sends them back (the session and its version among them). */
    private String cookie() {
        return cookies.isEmpty() ? "" : "Cookie: " + cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")) + "\r\n";
    }

    private String exchange(String request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher cookie = SET_COOKIE.matcher(text);
            while (cookie.find()) {
                cookies.put(cookie.group(1), cookie.group(2));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
