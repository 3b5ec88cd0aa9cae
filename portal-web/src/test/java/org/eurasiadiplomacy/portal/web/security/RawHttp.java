package org.eurasiadiplomacy.portal.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request written by hand, as an attacker writes it: any method (TRACE), any Host header, any address of
 * this machine to connect to. HTTP/1.0, one request per connection, so the answer is never chunked.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer to {@code method path} sent to {@code server:port} with {@code host} as the Host header. */
    public static Answer send(InetAddress server, int port, String method, String path, String host) {
        String request = method + " " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept-Language: en\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server, port), 10_000);
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return Answer.parse(answer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(int status, List<String[]> headers, String body) {

        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            if (lines.length == 0 || lines[0].split(" ").length < 2) {
                throw new AssertionError("no HTTP answer: " + text);
            }
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : text.substring(end + 4));
        }

        public List<String> all(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }

        public Optional<String> header(String name) {
            return all(name).stream().findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers.stream().map(h -> h[0] + ": " + h[1]).toList();
        }
    }
}
