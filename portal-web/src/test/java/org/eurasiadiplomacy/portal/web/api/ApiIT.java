package org.eurasiadiplomacy.portal.web.api;

import static org.eurasiadiplomacy.portal.web.api.ApiClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.ItDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-only data API in the real WAR on Payara Micro, on the article's data that Flyway loaded. */
class ApiIT extends DeployedPortal {

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Test
    void everyCollectionAnswersInJsonAndCsvWithItsDocumentedFields() {
        for (Listing listing : ApiCollections.ALL) {
            String path = "/api/v1/" + listing.name();
            HttpResponse<String> json = api.get(path + "?limit=500");
            JsonArray records = (JsonArray) ApiClient.json(json, "application/json");
            List<String> fields = listing.columns().stream().map(Column::name).toList();
            assertFalse(records.isEmpty(), path);
            assertEquals(String.valueOf(records.size()), json.headers().firstValue("X-Total-Count").orElseThrow());
            for (JsonValue value : records) {
                JsonObject record = value.asJsonObject();
                assertEquals(fields, List.copyOf(record.keySet()), path + " fields in order");
                assertEquals(JsonValue.ValueType.ARRAY, record.get("citationIds").getValueType(), path);
            }
            JsonObject first = records.getJsonObject(0);
            assertEquals(first, api.one(path + "/" + first.getJsonNumber("id").longValue()), "by id, the same");

            HttpResponse<String> csv = api.get(path + "?format=csv&limit=500");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"), path);
            assertTrue(csv.body().startsWith("\uFEFF"), "a byte order mark, for Excel");
            String[] lines = csv.body().substring(1).split("\r\n");
            assertEquals(csvHeader(listing), lines[0], path);
            assertEquals(records.size() + 1, lines.length, path + ": a header row and one line per record");
        }
    }

    @Test
    void csvIsChosenByAcceptToo() {
        HttpResponse<String> csv = api.get("/api/v1/oda/1600", "Accept", "text/csv, application/json;q=0.5");

        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("\uFEFFid,donor,recipient,year,amountUsdMillions,flow,dataset,citationIds\r\n"
                + "1600,JPN,KAZ,2010,-1.46,NET_DISBURSEMENTS,OECD TABLE2A,2142\r\n", csv.body(),
                "-1.46 stays a number, not '-1.46");
        assertTrue(api.get("/api/v1/oda/1600", "Accept", "*/*").headers().firstValue("Content-Type")
                .orElseThrow().startsWith("application/json"), "JSON by default");
    }

    @Test
    void amountsAreExactJsonNumbersAsPrinted() {
        HttpResponse<String> answer = api.get("/api/v1/oda/1603");

        assertTrue(answer.body().contains("\"amountUsdMillions\":-5.8,"), answer.body());
        JsonNumber amount = ((JsonObject) ApiClient.json(answer, "application/json"))
                .getJsonNumber("amountUsdMillions");
        assertEquals(new BigDecimal("-5.8"), amount.bigDecimalValue());
    }

    @Test
    void filtersByCountryYearsAndText() {
        JsonArray kazakhstan = api.list("/api/v1/oda?country=KAZ");
        assertEquals(9, kazakhstan.size());
        assertTrue(kazakhstan.stream().allMatch(r -> "KAZ".equals(r.asJsonObject().getString("recipient"))));

        JsonArray years = api.list("/api/v1/oda?yearFrom=2012&yearTo=2015&limit=500");
        assertEquals(20, years.size());
        assertEquals(Set.of(2012, 2013, 2014, 2015), years.stream()
                .map(r -> r.asJsonObject().getInt("year")).collect(Collectors.toSet()));

        assertEquals(List.of(2, 4), api.list("/api/v1/meetings?country=JPN").stream()
                .map(r -> r.asJsonObject().getInt("ordinal")).toList(), "Table 1's meetings in Tokyo");
        assertEquals(List.of(1207L), ids(api.list("/api/v1/initiatives?q=" + query("ＡＡＧＣ"))), "full width");
        assertEquals(List.of(1302L), ids(api.list("/api/v1/meetings?q=" + query("塔什干"))));
        JsonArray toTurkmenistan = api.list("/api/v1/visits?country=TKM");
        assertFalse(toTurkmenistan.isEmpty());
        toTurkmenistan.forEach(visit -> assertTrue(visit.asJsonObject().getJsonArray("destinations").stream()
                .anyMatch(code -> code.toString().equals("\"TKM\""))
                || "TKM".equals(visit.asJsonObject().getString("origin"))));
    }

    @Test
    void sortsAndPagesWithTheTotalAndLinks() {
        JsonArray sorted = api.list("/api/v1/oda?sort=year,-amountUsdMillions&limit=45");
        HttpResponse<String> second = api.get("/api/v1/oda?sort=year,-amountUsdMillions&limit=10&offset=10");

        assertEquals("45", second.headers().firstValue("X-Total-Count").orElseThrow());
        JsonArray page = (JsonArray) ApiClient.json(second, "application/json");
        assertEquals(ids(sorted).subList(10, 20), ids(page));
        assertEquals(new BigDecimal("34.86"), sorted.getJsonObject(0).getJsonNumber("amountUsdMillions")
                .bigDecimalValue(), "2010's largest first");
        String links = second.headers().firstValue("Link").orElseThrow();
        assertTrue(links.contains("offset=20") && links.contains("rel=\"next\""), links);
        assertTrue(links.contains("offset=0") && links.contains("rel=\"prev\""), links);
        assertTrue(links.contains("offset=40") && links.contains("rel=\"last\""), links);
        assertEquals(0, api.list("/api/v1/oda?offset=45").size(), "past the end: empty, not an error");
    }

    @Test
    void refusesBadParametersWithProblemDetailsNamingThem() {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/oda?country=XXX", "country"},
                new String[] {"/api/v1/oda?yearFrom=abc", "yearFrom"},
                new String[] {"/api/v1/oda?sort=nope", "sort"},
                new String[] {"/api/v1/oda?limit=-1", "limit"},
                new String[] {"/api/v1/oda?limit=501", "limit"},
                new String[] {"/api/v1/oda?format=xml", "format"},
                new String[] {"/api/v1/people?yearFrom=2000", "yearFrom"},
                new String[] {"/api/v1/citations?country=KAZ", "country"});
        for (String[] bad : cases) {
            HttpResponse<String> answer = api.get(bad[0]);
            assertEquals(400, answer.statusCode(), bad[0]);
            JsonObject problem = problem(answer, 400, bad[0]);
            assertTrue(problem.getString("detail").startsWith("Parameter " + bad[1] + ":"), problem.toString());
            assertTrue(problem.getString("type").endsWith("/api.xhtml#problem-invalid-parameter"));
        }
    }

    @Test
    void unknownCollectionsAndRecordsAreNotFound() {
        for (String path : List.of("/api/v1/oda/42", "/api/v1/oda/abc", "/api/v1/meetings/1600", "/api/v1/nope",
                "/api/v1/nope/1", "/api/v2/oda")) {
            HttpResponse<String> answer = api.get(path);
            assertEquals(404, answer.statusCode(), path);
            problem(answer, 404, path);
        }
    }

    @Test
    void refusesEveryWrite() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String path : List.of("/api/v1/oda", "/api/v1/oda/1600")) {
                HttpResponse<String> answer = api.send(method, path, "Content-Type", "application/json");
                assertEquals(405, answer.statusCode(), method + " " + path);
                assertEquals("GET, HEAD, OPTIONS", answer.headers().firstValue("Allow").orElseThrow());
                problem(answer, 405, path);
            }
        }
        assertEquals("45", api.get("/api/v1/oda?limit=0").headers().firstValue("X-Total-Count").orElseThrow(),
                "nothing was written");
    }

    @Test
    void answersCarryAnETagAndRevalidateTo304() {
        HttpResponse<String> first = api.get("/api/v1/oda/1600");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[0-9a-f]{64}\""), tag);
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> again = api.get("/api/v1/oda/1600", "If-None-Match", tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals("public, max-age=300", again.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> head = api.send("HEAD", "/api/v1/oda/1600");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(tag, head.headers().firstValue("ETag").orElseThrow());
        assertNotEquals(tag, api.get("/api/v1/oda/1600?format=csv").headers().firstValue("ETag").orElseThrow(),
                "another representation, another tag");
        assertTrue(api.get("/api/v1/oda").headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie");
    }

    @Test
    void draftsAreNeverServedAndTheETagFollowsPublishedData() throws SQLException {
        String before = api.get("/api/v1/oda?country=KAZ").headers().firstValue("ETag").orElseThrow();
        try (Connection db = ItDatabase.connect(); Statement sql = db.createStatement()) {
            try {
                sql.executeUpdate("insert into record (id, record_type, version, status, created_at, modified_at)"
                        + " values (900001, 'ODA', 0, 'DRAFT', current_timestamp, current_timestamp),"
                        + " (900002, 'MEETING', 0, 'DRAFT', current_timestamp, current_timestamp)");
                sql.executeUpdate("insert into oda_figure (id, donor_id, recipient_id, aid_year, amount_usd_millions,"
                        + " flow, dataset) values (900001, 1000, 1001, 2019, 12.30, 'NET_DISBURSEMENTS', 'IT DRAFT')");
                sql.executeUpdate("insert into meeting (id, initiative_id, ordinal, date_year, country_id,"
                        + " meeting_level) values (900002, 1200, 99, 2021, 1001, 'FOREIGN_MINISTERS')");

                assertEquals(9, api.list("/api/v1/oda?country=KAZ").size(), "the draft figure is not listed");
                assertEquals(before, api.get("/api/v1/oda?country=KAZ").headers().firstValue("ETag").orElseThrow(),
                        "a draft changes nothing a reader sees");
                assertEquals(404, api.get("/api/v1/oda/900001").statusCode());
                assertEquals(404, api.get("/api/v1/meetings/900002").statusCode());
                assertFalse(ids(api.list("/api/v1/meetings")).contains(900002L));

                sql.executeUpdate("update record set status = 'PUBLISHED' where id = 900001");
                HttpResponse<String> published = api.get("/api/v1/oda?country=KAZ");
                assertTrue(ids((JsonArray) ApiClient.json(published, "application/json")).contains(900001L));
                assertNotEquals(before, published.headers().firstValue("ETag").orElseThrow(), "new data, new tag");
                assertEquals(200, api.get("/api/v1/oda/900001").statusCode());

                sql.executeUpdate("update record set deleted_at = current_timestamp where id = 900001");
                assertEquals(404, api.get("/api/v1/oda/900001").statusCode(), "in the trash");
                assertEquals(before, api.get("/api/v1/oda?country=KAZ").headers().firstValue("ETag").orElseThrow());
            } finally {
                sql.executeUpdate("delete from oda_figure where id = 900001");
                sql.executeUpdate("delete from meeting where id = 900002");
                sql.executeUpdate("delete from record where id in (900001, 900002)");
            }
        }
    }

    @Test
    void scriptsOfAnyOriginMayReadButNotWriteAndSendNoCredentials() {
        String origin = "Origin";
        HttpResponse<String> read = api.get("/api/v1/oda?limit=2", origin, "https://notebook.example");
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "never with credentials");
        assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("X-Total-Count"),
                "a script may read the total and the paging links");

        HttpResponse<String> preflight = api.send("OPTIONS", "/api/v1/oda", origin, "https://notebook.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
        assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204, "preflight " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("GET, HEAD, OPTIONS", preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
                .contains("If-None-Match"));

        HttpResponse<String> refused = api.get("/api/v1/nothing-here", origin, "https://notebook.example");
        assertEquals(404, refused.statusCode());
        assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(),
                "a script can read why it failed");
        HttpResponse<String> write = api.send("POST", "/api/v1/oda", origin, "https://notebook.example",
                "Content-Type", "application/json");
        assertEquals(405, write.statusCode());
        assertTrue(write.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no cross-site write");
    }

    private static JsonObject problem(HttpResponse<String> answer, int status, String path) {
        JsonObject problem = (JsonObject) ApiClient.json(answer, "application/problem+json");
        assertEquals(status, problem.getInt("status"), path);
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.getString("type").contains("/api.xhtml#problem-"), problem.toString());
        assertTrue(problem.getString("instance").startsWith(path.split("\\?")[0]), problem.toString());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElseThrow());
        return problem;
    }

    private static List<Long> ids(JsonArray records) {
        return records.stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static String csvHeader(Listing listing) {
        List<String> header = new ArrayList<>();
        for (Column column : listing.columns()) {
            if (column instanceof Field field && field.type() == ColumnType.LOCALIZED_TEXT) {
                header.add(column.name() + ".zh");
                header.add(column.name() + ".en");
            } else {
                header.add(column.name());
            }
        }
        return String.join(",", header);
    }
}
