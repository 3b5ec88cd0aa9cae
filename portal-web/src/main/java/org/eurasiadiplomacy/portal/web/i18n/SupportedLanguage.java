package org.eurasiadiplomacy.portal.web.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/** The two interface languages. Any Chinese reader gets Traditional Chinese, the article's own script. */
public enum SupportedLanguage {
    ZH_TW("zh-TW", "zh-Hant-TW", Locale.TAIWAN),
    EN("en", "en", Locale.ENGLISH);

    private final String code;
    private final String htmlTag;
    private final Locale locale;

    SupportedLanguage(String code, String htmlTag, Locale locale) {
        this.code = code;
        this.htmlTag = htmlTag;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public String htmlTag() {
        return htmlTag;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<SupportedLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (SupportedLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static SupportedLanguage of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_TW : EN;
    }

    /** The first of the browser's languages, in its order of preference, that the portal speaks. */
    public static Optional<SupportedLanguage> fromAcceptLanguage(Enumeration<Locale> preferred) {
        for (Locale locale : Collections.list(preferred)) {
            if ("zh".equals(locale.getLanguage())) {
                return Optional.of(ZH_TW);
            }
            if ("en".equals(locale.getLanguage())) {
                return Optional.of(EN);
            }
        }
        return Optional.empty();
    }
}
