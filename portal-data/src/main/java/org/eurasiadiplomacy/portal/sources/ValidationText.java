package org.eurasiadiplomacy.portal.sources;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A message of the ValidationMessages bundle for a refusal that no constraint expresses (31 February). */
final class ValidationText {

    private ValidationText() {
    }

    static String of(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale,
                    Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
