package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Traditional Chinese and English, as a value. Either may be missing where the
 * article gives only one; {@link #in(Locale)} falls back to the other.
 */
@Embeddable
public class LocalizedText {

    private String zh;
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String zh, String en) {
        if (isBlank(zh) && isBlank(en)) {
            throw new IllegalArgumentException("A localized text needs a Chinese or an English form");
        }
        this.zh = blankToNull(zh);
        this.en = blankToNull(en);
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String getZh() {
        return zh;
    }

    public String getEn() {
        return en;
    }

    /** The text for a reader's locale: Chinese for any zh locale, English otherwise. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred != null ? preferred : (chinese ? en : zh);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && Objects.equals(zh, text.zh) && Objects.equals(en, text.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
