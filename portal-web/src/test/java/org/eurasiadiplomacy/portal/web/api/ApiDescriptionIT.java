package org.eurasiadiplomacy.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What describes the API to machines and people: /openapi, /health and the guide at /api.xhtml. */
class ApiDescriptionIT extends DeployedPortal {

    /** The OpenAPI schema that documents each collection: public names, which the descriptors must keep. */
    private static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry("countries", "Country"), Map.entry("people", "Person"),
            Map.entry("initiatives", "Initiative"), Map.entry("meetings", "Meeting"),
            Map.entry("visits", "Visit"), Map.entry("agreements", "Agreement"),
            Map.entry("exercises", "Exercise"), Map.entry("events", "Event"),
            Map.entry("oda", "OdaFigure"), Map.entry("sources", "Source"),
            Map.entry("citations", "Citation"), Map.entry("notes", "Note"));

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Test
    void openApiDescribesEveryPathParameterAndCollectionSchema() {
        HttpResponse<String> answer = api.get("/openapi", "Accept", "application/json");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject openApi = (JsonObject) ApiClient.parse(answer, "application/json");

        assertEquals("Eurasia Diplomacy Portal API", openApi.getJsonObject("info").getString("title"));
        JsonObject paths = openApi.getJsonObject("paths");
        assertEquals(Set.of("/api/v1/{collection}", "/api/v1/{collection}/{id}"), paths.keySet());
        JsonObject list = paths.getJsonObject("/api/v1/{collection}").getJsonObject("get");
        Set<String> parameters = list.getJsonArray("parameters").stream()
                .map(p -> p.asJsonObject().getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("collection", "format", "country", "yearFrom", "yearTo", "q", "sort", "offset", "limit"),
                parameters);
        list.getJsonArray("parameters").forEach(p -> {
            assertFalse(p.asJsonObject().getString("description").isBlank());
            assertTrue(p.asJsonObject().containsKey("example"), "an example for " + p);
        });
        Set<String> collections = list.getJsonArray("parameters").getJsonObject(0).getJsonObject("schema")
                .getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
        assertEquals(SCHEMAS.keySet(), collections);
        assertEquals(ApiCollections.ALL.stream().map(Listing::name).collect(Collectors.toSet()), collections,
                "the description names the collection of every kind of record");
        for (JsonObject operation : Set.of(list, paths.getJsonObject("/api/v1/{collection}/{id}")
                .getJsonObject("get"))) {
            assertEquals(Set.of("200", "304", "400", "404"), operation.getJsonObject("responses").keySet());
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200").getJsonObject("content");
            assertEquals(Set.of("application/json", "text/csv"), ok.keySet());
            assertTrue(ok.getJsonObject("application/json").containsKey("examples"));
        }

        JsonObject schemas = openApi.getJsonObject("components").getJsonObject("schemas");
        for (RecordKind kind : RecordKind.values()) {
            Listing listing = kind.listing();
            assertEquals(SCHEMAS.get(listing.name()), kind.apiSchema().name(), "the schema keeps its public name");
            JsonObject schema = schemas.getJsonObject(kind.apiSchema().name());
            assertEquals(listing.columns().stream().map(Column::name).collect(Collectors.toSet()),
                    schema.getJsonObject("properties").keySet(), "the schema names the fields the API returns");
            assertTrue(schema.getString("description").startsWith("GET /api/v1/" + listing.name() + ": "));
            assertEquals(JsonValue.ValueType.OBJECT, schema.get("example").getValueType(), listing.name());
            assertTrue(schemas.getJsonObject("PublishedRecord").getString("description")
                    .contains(kind.apiSchema().name()), "the collections' schema names " + kind);
        }
        JsonObject region = schemas.getJsonObject("Country").getJsonObject("properties").getJsonObject("region");
        assertTrue(region.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .anyMatch(value -> value.getString().equals("CENTRAL_ASIA")), "enums list their constants: " + region);
        JsonObject amount = schemas.getJsonObject("OdaFigure").getJsonObject("properties")
                .getJsonObject("amountUsdMillions");
        assertEquals("number", amount.getString("type"), amount.toString());
    }

    @Test
    void healthReportsTheDatabaseReady() {
        for (String path : Set.of("/health", "/health/ready")) {
            HttpResponse<String> answer = api.get(path);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            JsonObject health = (JsonObject) ApiClient.parse(answer, "application/json");
            assertEquals("UP", health.getString("status"));
            JsonObject database = health.getJsonArray("checks").stream().map(c -> c.asJsonObject())
                    .filter(c -> "database".equals(c.getString("name"))).findFirst().orElseThrow();
            assertEquals("UP", database.getString("status"));
            assertTrue(Long.parseLong(database.getJsonObject("data").get("publishedRecords").toString()
                    .replace("\"", "")) > 300, database.toString());
        }
    }

    @Test
    void theGuideShowsEveryCollectionInBothLanguagesWithoutASession() {
        HttpResponse<String> chinese = api.get("/api.xhtml");
        HttpResponse<String> english = api.get("/api.xhtml?lang=en");

        assertEquals(200, chinese.statusCode());
        assertTrue(chinese.body().contains("資料 API"), "Traditional Chinese by default");
        assertTrue(english.body().contains("Data API"));
        for (HttpResponse<String> page : Set.of(chinese, english)) {
            assertFalse(page.body().contains("???"), "every message key exists");
            assertTrue(page.body().contains("href=\"/openapi\""));
            for (Listing listing : ApiCollections.ALL) {
                assertTrue(page.body().contains("<code>/api/v1/" + listing.name() + "</code>"), listing.name());
            }
            assertTrue(page.body().contains("id=\"problem-invalid-parameter\""), "problem types are explained");
            assertTrue(page.body().contains(base.getHost()), "commands name this server");
            assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        }
    }
}
