package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.eurasiadiplomacy.portal.catalog.Row;

/** How table cells show partial dates, spans of years and amounts: only as precise as the article is. */
@Named
@ApplicationScoped
public class TableFormat {

    /** A row's year, month and day as far as they are known: 2004, 2004-08, 2004-08-28. */
    public String date(Row row) {
        Object year = row.get("year");
        if (year == null) {
            return "";
        }
        StringBuilder date = new StringBuilder(year.toString());
        for (String part : new String[] {"month", "day"}) {
            Object value = row.get(part);
            if (value == null) {
                break;
            }
            date.append(String.format("-%02d", (Integer) value));
        }
        return date.toString();
    }

    /** An office's years: 2004, 2012–2020, or 2013– while the article gives no end. */
    public String years(Integer from, Integer to) {
        if (from == null) {
            return to == null ? "" : "–" + to;
        }
        return to == null ? from + "–" : from.equals(to) ? from.toString() : from + "–" + to;
    }

    /** An amount as printed: -5.8, not -5.80. */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
