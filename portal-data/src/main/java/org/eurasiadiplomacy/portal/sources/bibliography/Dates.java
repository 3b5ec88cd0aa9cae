package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * Dates as the formats write them, read into the portal's partial date. A range keeps its start (the model
 * holds one date); an unknown part (month "00", year "0000") is no part. Empty means the file gives no date.
 */
final class Dates {

    /** ISO 8601 / EDTF as BibLaTeX's date and urldate and CSL's raw dates write it: 2004, 2004-08, 2004-08-28. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?[?~%]?");
    /** RIS: YYYY/MM/DD/other, any part empty, anything after the year allowed ("2019 Spring", "2013///"). */
    private static final Pattern RIS = Pattern.compile("(\\d{4})(?:[-/](\\d{0,2})(?:[-/](\\d{0,2}))?)?(?:[/ ,.].*)?");

    private Dates() {
    }

    /** @throws IllegalArgumentException when the text is no date or no plausible one */
    static Optional<PartialDate> iso(String text) {
        String start = text.strip();
        int range = start.indexOf('/');
        if (range >= 0) {
            start = start.substring(0, range).strip();
        }
        if (start.isEmpty() || start.equals("..")) {
            throw new IllegalArgumentException(text);
        }
        return of(ISO.matcher(start), text);
    }

    /** @throws IllegalArgumentException when the text starts with no year or with an impossible date */
    static Optional<PartialDate> ris(String text) {
        return of(RIS.matcher(text.strip()), text);
    }

    private static Optional<PartialDate> of(Matcher m, String text) {
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year == 0) {
            return Optional.empty();
        }
        Integer month = part(m.group(2));
        Integer day = month == null ? null : part(m.group(3));
        return Optional.of(PartialDate.of(year, month, day));
    }

    private static Integer part(String digits) {
        if (digits == null || digits.isEmpty()) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value == 0 ? null : value;
    }
}
