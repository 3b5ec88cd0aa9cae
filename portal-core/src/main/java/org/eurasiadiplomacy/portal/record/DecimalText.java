package org.eurasiadiplomacy.portal.record;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decimal number as a person types it, read only within bounds. {@code new BigDecimal("1e9999999")} is cheap,
 * but a database driver that turns it into its own number type computes ten to the ten-millionth power: one
 * unauthenticated GET took a CPU for a minute. Every number that comes from outside is therefore read here, in
 * plain notation only (no exponent), with a bounded count of digits before and after the point, before it can
 * reach a query or an entity.
 */
public final class DecimalText {

    /** Digits before the point that any input may have; enough for every amount in millions of US dollars. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the point that any input may have. */
    public static final int MAX_FRACTION_DIGITS = 6;

    private static final Pattern PLAIN = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d*))?|([+-]?)\\.(\\d+)");

    private DecimalText() {
    }

    /** {@code text} read with the widest bounds, as filters of any decimal column use it. */
    public static BigDecimal parse(String text) {
        return parse(text, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }

    /**
     * {@code text} as a decimal with at most {@code integerDigits} digits before the point (leading zeros aside)
     * and {@code fractionDigits} after it (trailing zeros aside); full-width digits and signs count as their ASCII
     * forms.
     *
     * @throws NumberFormatException when the text is not a plain decimal within those bounds; the message says why
     *                               in English, for logs (pages and the API say it in the reader's language)
     */
    public static BigDecimal parse(String text, int integerDigits, int fractionDigits) {
        if (text == null) {
            throw new NumberFormatException("no number");
        }
        // the check on the length first, so that no pattern or normalisation runs over a long text
        int longest = integerDigits + fractionDigits + 64;
        if (text.length() > longest) {
            throw new NumberFormatException("a number of more than " + longest + " characters");
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher number = PLAIN.matcher(plain);
        if (!number.matches()) {
            throw new NumberFormatException("not a plain decimal number");
        }
        boolean leadingPoint = number.group(2) == null;
        String sign = leadingPoint ? number.group(4) : number.group(1);
        String whole = leadingPoint ? "0" : number.group(2);
        String fraction = leadingPoint ? number.group(5) : number.group(3) == null ? "" : number.group(3);
        String significantWhole = whole.replaceFirst("^0+(?=\\d)", "");
        String significantFraction = fraction.replaceFirst("0+$", "");
        if (significantWhole.length() > integerDigits) {
            throw new NumberFormatException("more than " + integerDigits + " digits before the point");
        }
        if (significantFraction.length() > fractionDigits) {
            throw new NumberFormatException("more than " + fractionDigits + " digits after the point");
        }
        return new BigDecimal(sign + significantWhole
                + (significantFraction.isEmpty() ? "" : "." + significantFraction));
    }
}
