package org.eurasiadiplomacy.portal.sources;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A title reduced to what makes it the same title: full- and half-width forms folded (NFKC), case folded,
 * punctuation, quotes and spaces dropped, so "Japan‟s Diplomacy" and "ＪＡＰＡＮ'S  diplomacy" meet.
 * Traditional and Simplified characters are not folded.
 */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Addresses that differ only in case, a trailing slash or an empty fragment are one address. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String key = url.strip().toLowerCase(Locale.ROOT);
        while (key.endsWith("/") || key.endsWith("#")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
