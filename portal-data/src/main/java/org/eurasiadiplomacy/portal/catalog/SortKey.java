package org.eurasiadiplomacy.portal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field to order by, ascending unless {@code descending}. */
public record SortKey(String field, boolean descending) {

    public SortKey {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Parses the API's form: field names separated by commas, each with a leading {@code -} for descending
     * order, e.g. {@code year,-amountUsdMillions}. Whether the fields exist is the listing's to say.
     */
    public static List<SortKey> parse(String text) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String key = item.strip();
            boolean descending = key.startsWith("-");
            String field = descending ? key.substring(1).strip() : key;
            if (!field.matches("[A-Za-z][A-Za-z0-9]*(\\.[a-z]{2})?")) {
                throw new InvalidQueryException("sort", "\"" + item + "\" is not a field name, optionally with a"
                        + " leading - for descending order (e.g. year,-amountUsdMillions)");
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }
}
