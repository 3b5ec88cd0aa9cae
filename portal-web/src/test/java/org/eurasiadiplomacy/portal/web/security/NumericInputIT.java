package org.eurasiadiplomacy.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eurasiadiplomacy.portal.web.testing.DeployedPortal;
import org.eurasiadiplomacy.portal.web.testing.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding 1 of the security assessment: {@code /export/oda.csv?amountUsdMillions=1e9999999} made H2 compute ten to
 * the ten-millionth power, a CPU for a minute on one anonymous GET. Every numeric filter is now read within bounds
 * before it reaches a query: the answer is a 400 that names the parameter, and the request runs no SQL statement
 * at all (the {@code X-Portal-SQL-Statements} header, which the test server sends).
 */
class NumericInputIT extends DeployedPortal {

    private static final String SQL_STATEMENTS = "X-Portal-SQL-Statements";
    private static final List<String> HUGE = List.of("1e9999999", "1E49999999", "9e-2147483648", "1" + "0".repeat(400));

    @ParameterizedTest
    @ValueSource(strings = {"/export/oda.csv", "/export/oda.xlsx"})
    void anExportRefusesAnExponentBeforeAnyQuery(String export) {
        for (String number : HUGE) {
            for (String filter : List.of(number, number + "..", "-5.." + number)) {
                HttpResponse<String> answer = Http.get(base, export + "?amountUsdMillions=" + encoded(filter),
                        "Accept-Language", "en");
                assertEquals(400, answer.statusCode(), filter);
                assertEquals("0", answer.headers().firstValue(SQL_STATEMENTS).orElseThrow(), "no query ran: " + filter);
                assertTrue(answer.body().contains("amountUsdMillions"), "names the parameter: " + answer.body());
                assertTrue(answer.body().length() < 400, "does not echo the whole input back: " + answer.body());
                assertFalse(answer.body().contains("Exception"), answer.body());
            }
        }
    }

    /** The API's numeric parameters are whole numbers; the same inputs are refused there as problem details. */
    @ParameterizedTest
    @ValueSource(strings = {"yearFrom", "yearTo", "offset", "limit"})
    void theApiAnswersWithAProblemBeforeAnyQuery(String parameter) {
        for (String number : HUGE) {
            for (String collection : List.of("/api/v1/oda?", "/api/v1/oda?format=csv&")) {
                HttpResponse<String> answer = Http.get(base, collection + parameter + "=" + encoded(number));
                assertEquals(400, answer.statusCode(), parameter + "=" + number);
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow()
                        .replaceFirst(";.*", ""));
                assertEquals("0", answer.headers().firstValue(SQL_STATEMENTS).orElseThrow(), "no query ran");
                assertTrue(answer.body().contains("invalid-parameter"), answer.body());
                assertTrue(answer.body().contains(parameter), answer.body());
                String detail = answer.body().replaceFirst("(?s).*\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\".*", "$1");
                assertTrue(detail.length() < 200, "the detail does not echo the whole input back: " + detail);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void theTablePageSaysWhatItCouldNotReadInTheReadersLanguage(String language) {
        HttpResponse<String> page = Http.get(base, "/oda.xhtml?amountUsdMillions=1e9999999",
                "Accept-Language", language);
        assertEquals(200, page.statusCode());
        String expected = language.equals("en") ? "was not understood" : "無法理解";
        assertTrue(page.body().contains(expected), "the table's own message about its filter");
        assertFalse(page.body().contains("Exception"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.46", "-18.03..20", "..3", "１２．５"})
    void plainNumbersAndRangesStillFilter(String filter) {
        HttpResponse<String> answer = Http.get(base, "/export/oda.csv?amountUsdMillions=" + encoded(filter));
        assertEquals(200, answer.statusCode(), filter);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
