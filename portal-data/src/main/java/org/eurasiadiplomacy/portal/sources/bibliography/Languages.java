package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language of an imported entry as a BCP 47 tag, whatever the file calls it: a tag ({@code en-US},
 * {@code zh_CN}), an ISO 639-2/3 code ({@code ger}, {@code jpn}, {@code chi}), a BibLaTeX/babel name
 * ({@code ngerman}, {@code chinese-traditional}) or a tool's free text ({@code English}, {@code 日本語},
 * {@code Русский}). With nothing usable it is guessed from the title's script and marked as a guess, for a
 * person to confirm; an entry is never refused for its language. Names and codes come from the JDK's own
 * locale data (every ISO language, named in English, in zh-TW and in itself), so only babel's names and
 * ISO 639-2's bibliographic codes, which the JDK does not know, are listed here.
 */
public final class Languages {

    /** What the reader decided: the tag, and whether it was guessed from the title rather than given. */
    public record Decision(String tag, boolean guessed) {
    }

    public static final String UNDETERMINED = "und";

    private static final Pattern SEPARATORS = Pattern.compile("[;,/|]|\\s+and\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(（\\[].*$");
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String iso : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(iso);
            String tag = language.toLanguageTag();
            put(iso, tag);
            try {
                put(language.getISO3Language(), tag);
            } catch (MissingResourceException noThreeLetterCode) {
                // the JDK knows every ISO 639-1 language's 639-2 code; nothing to add if one day it does not
            }
            put(language.getDisplayLanguage(Locale.ENGLISH), tag);
            put(language.getDisplayLanguage(Locale.TRADITIONAL_CHINESE), tag);
            put(language.getDisplayLanguage(Locale.SIMPLIFIED_CHINESE), tag);
            put(language.getDisplayLanguage(language), tag);
        }
        // ISO 639-2/B (bibliographic) codes, which library catalogues and EndNote write
        String[][] bibliographic = {{"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"},
            {"cze", "cs"}, {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"},
            {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"},
            {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"}};
        // babel and polyglossia names as BibLaTeX's langid and language fields use them
        String[][] babel = {{"american", "en-US"}, {"usenglish", "en-US"}, {"british", "en-GB"},
            {"ukenglish", "en-GB"}, {"australian", "en-AU"}, {"canadian", "en-CA"}, {"newzealand", "en-NZ"},
            {"ngerman", "de"}, {"austrian", "de-AT"}, {"naustrian", "de-AT"}, {"swissgerman", "de-CH"},
            {"nswissgerman", "de-CH"}, {"brazil", "pt-BR"}, {"brazilian", "pt-BR"}, {"canadien", "fr-CA"},
            {"acadian", "fr-CA"}, {"francais", "fr"}, {"français", "fr"}, {"norsk", "nb"}, {"nynorsk", "nn"},
            {"bokmal", "nb"}, {"slovene", "sl"}, {"magyar", "hu"}, {"farsi", "fa"}, {"portuges", "pt"},
            {"spanish", "es"}, {"mexican", "es-MX"}, {"chinese-simplified", "zh-Hans"},
            {"simplified chinese", "zh-Hans"}, {"schinese", "zh-Hans"}, {"chinese-traditional", "zh-Hant"},
            {"traditional chinese", "zh-Hant"}, {"tchinese", "zh-Hant"}, {"mandarin", "zh"},
            {"cantonese", "yue"}, {"中文", "zh"}, {"汉语", "zh"}, {"漢語", "zh"}, {"繁體中文", "zh-Hant"},
            {"简体中文", "zh-Hans"}, {"日文", "ja"}, {"俄文", "ru"}, {"英文", "en"}, {"韓文", "ko"}, {"韩文", "ko"}};
        for (String[] pair : bibliographic) {
            put(pair[0], pair[1]);
        }
        for (String[] pair : babel) {
            BY_NAME.put(pair[0], pair[1]);
        }
    }

    private Languages() {
    }

    private static void put(String name, String tag) {
        if (name != null && !name.isBlank()) {
            BY_NAME.putIfAbsent(name.toLowerCase(Locale.ROOT), tag);
        }
    }

    /** The file's language as a BCP 47 tag, else the title's guess, marked as such. */
    public static Decision decide(String given, String title) {
        Optional<String> tag = given == null ? Optional.empty() : tag(given);
        return tag.map(t -> new Decision(t, false)).orElseGet(() -> new Decision(guess(title), true));
    }

    /** The BCP 47 tag a file's language text stands for; empty for text that names no language. */
    public static Optional<String> tag(String text) {
        String first = SEPARATORS.split(text.strip(), 2)[0];
        String name = PARENTHESES.matcher(first).replaceFirst("").strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        // a tag with a region or script: the language must be a known one, "English-US" is not a tag
        Locale locale = Locale.forLanguageTag(name.replace('_', '-'));
        String language = locale.getLanguage();
        if (!language.isEmpty() && BY_NAME.containsKey(language) && name.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})+")) {
            String tag = locale.toLanguageTag();
            return tag.length() <= 10 ? Optional.of(tag) : Optional.of(BY_NAME.get(language));
        }
        return Optional.empty();
    }

    /**
     * The language a title's script suggests: kana (with or without Han) → ja, Hangul → ko, Han → zh,
     * Cyrillic → ru, anything else → und. Latin script names no one language, so it is left undetermined.
     */
    public static String guess(String title) {
        if (title == null) {
            return UNDETERMINED;
        }
        boolean han = false;
        boolean hangul = false;
        boolean cyrillic = false;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HIRAGANA, KATAKANA -> {
                    return "ja";
                }
                case HAN -> han = true;
                case HANGUL -> hangul = true;
                case CYRILLIC -> cyrillic = true;
                default -> {
                }
            }
        }
        return hangul ? "ko" : han ? "zh" : cyrillic ? "ru" : UNDETERMINED;
    }
}
