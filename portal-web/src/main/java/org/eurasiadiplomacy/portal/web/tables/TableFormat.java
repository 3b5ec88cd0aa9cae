package org.eurasiadiplomacy.portal.web.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.record.LocalizedText;

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

    /**
     * An office's title in the reader's language, by one display rule: an English title starts with a capital
     * ("Scholar" beside "Prime Minister"). The stored text stays as curated: the article prints the offices in
     * Chinese only (學者, 首相), and the English forms are the portal's, so only their display is uniform.
     */
    public String office(LocalizedText title, Locale locale) {
        String text = title == null ? "" : title.in(locale);
        if (text == null || text.isEmpty() || !"en".equals(locale.getLanguage())) {
            return text == null ? "" : text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ENGLISH) + text.substring(1);
    }

    /** An amount as printed: -5.8, not -5.80. */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
