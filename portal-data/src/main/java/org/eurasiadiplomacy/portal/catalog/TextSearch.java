package org.eurasiadiplomacy.portal.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Free text as the catalog compares it: case-insensitive, and blind to the difference between full-width and
 * half-width forms, so "ＡＡＧＣ" finds "AAGC". The query is normalized in Java (NFKC, lower case); the columns
 * in SQL with {@code lower} and {@code translate}, which H2 and PostgreSQL both have.
 */
final class TextSearch {

    static final int MAX_WORDS = 10;
    static final String FULL_WIDTH_PARAMETER = "fullWidth";
    static final String HALF_WIDTH_PARAMETER = "halfWidth";
    /** Full-width ASCII (U+FF01 to U+FF5E) and the ideographic space … */
    static final String FULL_WIDTH = range(0xFF01, 0xFF5E) + "\u3000";
    /** … and what NFKC makes of each (U+0021 to U+007E, and a space). */
    static final String HALF_WIDTH = range(0x21, 0x7E) + " ";

    private static final char ESCAPE = '!';

    private TextSearch() {
    }

    /** The words of a query, normalized; each must occur somewhere in a matching record. */
    static List<String> words(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        List<String> words = Arrays.stream(normalized.split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidQueryException("q", "at most " + MAX_WORDS + " words, not " + words.size());
        }
        return words;
    }

    /** A LIKE pattern that finds {@code word} anywhere, with LIKE's own wildcards taken literally. */
    static String containing(String word) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : word.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** A JPQL condition: the normalized {@code expression} matches the LIKE pattern parameter. */
    static String matches(String expression, String patternParameter) {
        return "lower(translate(" + expression + ", :" + FULL_WIDTH_PARAMETER + ", :" + HALF_WIDTH_PARAMETER
                + ")) like " + patternParameter + " escape '" + ESCAPE + "'";
    }

    private static String range(int first, int last) {
        StringBuilder characters = new StringBuilder();
        for (int c = first; c <= last; c++) {
            characters.append((char) c);
        }
        return characters.toString();
    }
}
