package org.eurasiadiplomacy.portal.web.api;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;

/** The two representations of records: JSON by default, CSV on {@code ?format=csv} or {@code Accept: text/csv}. */
enum Format {
    JSON("application/json; charset=UTF-8"),
    CSV("text/csv; charset=UTF-8");

    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The {@code format} parameter if given, else the reader's most preferred of the two, else JSON. */
    static Format choose(String parameter, List<MediaType> acceptable) {
        if (parameter != null && !parameter.isBlank()) {
            return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new InvalidQueryException("format", "must be json or csv, not \"" + parameter
                        + "\"");
            };
        }
        for (MediaType type : acceptable) {
            if (type.isCompatible(TEXT_CSV) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return CSV;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
        }
        return JSON;
    }
}
