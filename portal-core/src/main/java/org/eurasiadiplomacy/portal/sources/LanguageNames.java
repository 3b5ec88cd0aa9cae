package org.eurasiadiplomacy.portal.sources;

import java.util.Locale;
import java.util.Optional;

/**
 * Names a source's BCP 47 tag in the reader's language with the JDK's locale data ("Russian", "俄文"), so
 * every language a file may bring has a name without a hand-made list.
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    /** The language's name, or empty for "und" and other tags without a known language. */
    public static Optional<String> displayName(String tag, Locale reader) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale language = Locale.forLanguageTag(tag.strip());
        if (language.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        // the JDK echoes a code it has no name for ("xyz"): that is no name
        if (language.getDisplayLanguage(reader).equalsIgnoreCase(language.getLanguage())) {
            return Optional.empty();
        }
        return Optional.of(language.getDisplayName(reader));
    }
}
