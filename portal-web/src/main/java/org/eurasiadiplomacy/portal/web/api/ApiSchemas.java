package org.eurasiadiplomacy.portal.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the API's answers that are not collections, for its OpenAPI description only (fields, not
 * records: Payara reads a record's accessors as setters). The schema of each collection is written by
 * {@link CollectionsFilter} from its kind's listing and descriptor.
 */
final class ApiSchemas {

    static final String PUBLISHED_RECORD = "PublishedRecord";
    static final String LOCALIZED_TEXT = "LocalizedText";

    private ApiSchemas() {
    }

    /** Payara 6 drops a oneOf of plain classes, so the description names the alternatives (the filter writes it). */
    @Schema(name = PUBLISHED_RECORD, description = "A record of the collection asked for (the filter names the"
            + " schemas of every collection).")
    static final class PublishedRecord {
    }

    @Schema(name = LOCALIZED_TEXT, description = "A text in Traditional Chinese and English; either may be null.",
            example = "{\"zh\":\"塔什干\",\"en\":\"Tashkent\"}")
    static final class LocalizedText {
        String zh;
        String en;
    }

    @Schema(name = "BadRequest", description = "RFC 9457 problem details of a 400.",
            example = "{\"type\":\"http://localhost:8080/api.xhtml#problem-invalid-parameter\","
                    + "\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"Parameter yearFrom: must be a whole number, not \\\"abc\\\"\","
                    + "\"instance\":\"/api/v1/oda?yearFrom=abc\"}")
    static final class Problem400 {
        String type;
        String title;
        int status;
        String detail;
        String instance;
    }

    @Schema(name = "NotFound", description = "RFC 9457 problem details of a 404.",
            example = "{\"type\":\"http://localhost:8080/api.xhtml#problem-not-found\",\"title\":\"Not Found\","
                    + "\"status\":404,\"detail\":\"No published record 42 in oda.\",\"instance\":\"/api/v1/oda/42\"}")
    static final class Problem404 {
        String type;
        String title;
        int status;
        String detail;
        String instance;
    }
}
