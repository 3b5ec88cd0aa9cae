package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** ISO partial dates ("2004", "2004-08", "2004-08-28") in and out of the formats. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?[-/]*");

    private Dates() {
    }

    /** @throws IllegalArgumentException when the text is no date or no plausible one */
    static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return PartialDate.of(year, month, day);
    }
}
