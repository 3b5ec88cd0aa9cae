package org.eurasiadiplomacy.portal.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Free text as the catalog compares it, the way readers type: case-insensitive; blind to full-width and
 * half-width forms, so "ＡＡＧＣ" finds "AAGC"; blind to diacritics and macrons, so "Shinzo" finds "Shinzō"; and
 * with every apostrophe and quotation mark as one, so "Japan's" finds "Japan’s". The query is normalized in Java
 * (NFKC, lower case, the same folding); the columns in SQL with {@code lower} and {@code translate}, which H2 and
 * PostgreSQL both have, character for character through the one table {@link #FOLDED_FROM} → {@link #FOLDED_TO}.
 */
final class TextSearch {

    static final int MAX_WORDS = 10;
    static final String FOLDED_FROM_PARAMETER = "foldedFrom";
    static final String FOLDED_TO_PARAMETER = "foldedTo";
    /**
     * What a column's characters fold from: full-width ASCII (U+FF01 to U+FF5E) and the ideographic space, the
     * Latin letters with diacritics (U+00C0 to U+024F and U+1E00 to U+1EFF, each that decomposes to an ASCII
     * letter and marks), and the apostrophes and quotation marks …
     */
    static final String FOLDED_FROM;
    /** … and what each folds to, at the same position. */
    static final String FOLDED_TO;
    /** Single quotation marks and apostrophes (the text layer's ‟ among them), and the double ones. */
    private static final String APOSTROPHES = "’‘‛‟ʼ′`´";
    private static final String QUOTATION_MARKS = "“”„″«»";

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            from.append((char) c);
            to.append((char) (c - 0xFF01 + 0x21));
        }
        from.append('\u3000');
        to.append(' ');
        for (int[] block : new int[][] {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                char base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).charAt(0);
                if (base != c && base < 0x80 && Character.isLetter(base)) {
                    from.append((char) c);
                    to.append(base);
                }
            }
        }
        from.append(APOSTROPHES).append(QUOTATION_MARKS);
        to.append("'".repeat(APOSTROPHES.length())).append("\"".repeat(QUOTATION_MARKS.length()));
        FOLDED_FROM = from.toString();
        FOLDED_TO = to.toString();
    }

    private static final char ESCAPE = '!';

    private TextSearch() {
    }

    /** The words of a query, normalized; each must occur somewhere in a matching record. */
    static List<String> words(String text) {
        String normalized = folded(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT).strip();
        List<String> words = Arrays.stream(normalized.split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidQueryException("q", "at most " + MAX_WORDS + " words, not " + words.size());
        }
        return words;
    }

    /** {@code text} with each character of {@link #FOLDED_FROM} replaced as SQL's {@code translate} does. */
    static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = FOLDED_FROM.indexOf(c);
            folded.append(at < 0 ? c : FOLDED_TO.charAt(at));
        }
        return folded.toString();
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
        return "lower(translate(" + expression + ", :" + FOLDED_FROM_PARAMETER + ", :" + FOLDED_TO_PARAMETER
                + ")) like " + patternParameter + " escape '" + ESCAPE + "'";
    }

}
