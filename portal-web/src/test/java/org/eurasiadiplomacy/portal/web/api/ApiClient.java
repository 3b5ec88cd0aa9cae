package org.eurasiadiplomacy.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eurasiadiplomacy.portal.web.testing.Http;

/** Requests to the deployed API with any method, and readers for its JSON answers. */
final class ApiClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URL base;

    ApiClient(URL base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.resolve(base, path))
                .timeout(Duration.ofSeconds(30))
                .method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON array a list answers with, after checking the answer is 200 JSON. */
    JsonArray list(String path) {
        HttpResponse<String> answer = get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return (JsonArray) json(answer, "application/json");
    }

    JsonObject one(String path) {
        HttpResponse<String> answer = get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return (JsonObject) json(answer, "application/json");
    }

    /** The JSON of an answer of the API, which always states its media type and UTF-8. */
    static JsonStructure json(HttpResponse<String> answer, String mediaType) {
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.replace(" ", "").toLowerCase().contains("charset=utf-8"), contentType);
        return parse(answer, mediaType);
    }

    /** The JSON of any answer of the given media type, such as the server's own /openapi and /health. */
    static JsonStructure parse(HttpResponse<String> answer, String mediaType) {
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith(mediaType), contentType);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.read();
        }
    }

    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
