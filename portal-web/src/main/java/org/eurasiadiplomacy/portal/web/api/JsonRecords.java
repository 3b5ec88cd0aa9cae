package org.eurasiadiplomacy.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * Records as JSON, with Jakarta JSON-P: field names as the listing names them, localized texts as
 * {@code {"zh": …, "en": …}}, decimals as exact JSON numbers (-5.8 stays -5.8).
 */
final class JsonRecords {

    private JsonRecords() {
    }

    static byte[] array(List<Row> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(row -> array.add(json(row.values())));
        return bytes(array.build());
    }

    static byte[] object(Row row) {
        return bytes(json(row.values()));
    }

    /** One value of a row: null, text, number, boolean, localized text, list or ordered map. */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof Long || value instanceof Integer) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof LocalizedText text) {
            return Json.createObjectBuilder().add("zh", json(text.getZh())).add("en", json(text.getEn())).build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(element -> array.add(json(element)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((key, element) -> object.add(key.toString(), json(element)));
            return object.build();
        }
        throw new IllegalArgumentException("No JSON form for " + value.getClass());
    }

    private static byte[] bytes(JsonValue value) {
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
