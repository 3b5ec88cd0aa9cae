package org.eurasiadiplomacy.portal.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One listed record: column name to value, in the listing's column order. Values are plain: String, Long,
 * Integer, BigDecimal, Boolean, {@code LocalizedText}, a List of values, or a List of such ordered maps.
 */
public record Row(Map<String, Object> values) {

    public Row {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public long id() {
        return (Long) values.get("id");
    }

    public Object get(String column) {
        return values.get(column);
    }
}
