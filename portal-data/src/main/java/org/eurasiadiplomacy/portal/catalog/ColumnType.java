package org.eurasiadiplomacy.portal.catalog;

import java.math.BigDecimal;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** What a field holds, which decides how it is read from a result row, filtered and described. */
public enum ColumnType {
    /** A record id, or the id of a record it points to. */
    ID,
    TEXT,
    /** Chinese and English forms, read from two columns into one {@link LocalizedText}. */
    LOCALIZED_TEXT,
    INTEGER,
    /** An exact decimal. */
    DECIMAL,
    BOOLEAN,
    /** An ISO 3166-1 alpha-3 code (the EU's is EUU). */
    COUNTRY_CODE,
    /** An enum constant, read as its name. */
    ENUM;

    /** How many selected columns a field of this type takes. */
    int width() {
        return this == LOCALIZED_TEXT ? 2 : 1;
    }

    /** The plain value at {@code at}: String, Long, Integer, BigDecimal, Boolean, LocalizedText or null. */
    Object read(Object[] tuple, int at) {
        Object value = tuple[at];
        return switch (this) {
            case LOCALIZED_TEXT -> isBlank(value) && isBlank(tuple[at + 1])
                    ? null : new LocalizedText((String) value, (String) tuple[at + 1]);
            case ENUM -> value == null ? null : ((Enum<?>) value).name();
            case ID -> value == null ? null : ((Number) value).longValue();
            case INTEGER -> value == null ? null : ((Number) value).intValue();
            case DECIMAL -> value == null || value instanceof BigDecimal ? value : new BigDecimal(value.toString());
            default -> value;
        };
    }

    private static boolean isBlank(Object text) {
        return text == null || text.toString().isBlank();
    }
}
