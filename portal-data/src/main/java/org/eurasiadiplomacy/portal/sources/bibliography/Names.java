package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.Contributor;

/**
 * Personal names as BibTeX and RIS write them, split into family and given parts: "Family, Given",
 * "Family, Suffix, Given", or "Given von Family" for Latin script; "Family Given" in that order for CJK, which
 * never puts the given name first. A name in braces, or of one word, is kept whole as a literal name.
 */
final class Names {

    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private Names() {
    }

    /** Splits at " and " outside braces: "{Ministry of Foreign Affairs and Trade} and Kim" has two names. */
    static List<String> bibtexList(String value) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                Matcher separator = NAME_SEPARATOR.matcher(value).region(i, value.length());
                if (separator.lookingAt()) {
                    names.add(value.substring(start, i).strip());
                    start = separator.end();
                    i = start - 1;
                }
            }
        }
        names.add(value.substring(start).strip());
        return names;
    }

    /** A BibTeX name, still in LaTeX: braces decide what is one word; each part is decoded. */
    static NameParts bibtex(String raw) {
        String name = raw.strip();
        if (name.startsWith("{") && name.endsWith("}") && balanced(name.substring(1, name.length() - 1))) {
            return NameParts.literal(LaTeXText.decode(name.substring(1, name.length() - 1)));
        }
        List<String> commaParts = split(name, true);
        if (commaParts.size() >= 2) {
            String family = LaTeXText.decode(commaParts.get(0));
            String given = LaTeXText.decode(commaParts.get(commaParts.size() - 1));
            if (commaParts.size() == 3) {
                family = family + " " + LaTeXText.decode(commaParts.get(1));
            }
            return parts(family, given);
        }
        List<String> words = split(name, false);
        if (words.size() < 2) {
            return NameParts.literal(LaTeXText.decode(name));
        }
        if (Contributor.isCjk(name)) {
            return parts(LaTeXText.decode(words.get(0)),
                    LaTeXText.decode(String.join(" ", words.subList(1, words.size()))));
        }
        // "Ludwig van Beethoven": the family name starts at the first lower-case word before the last
        int familyStart = words.size() - 1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (Character.isLowerCase(words.get(i).codePointAt(0))) {
                familyStart = i;
                break;
            }
        }
        return parts(LaTeXText.decode(String.join(" ", words.subList(familyStart, words.size()))),
                LaTeXText.decode(String.join(" ", words.subList(0, familyStart))));
    }

    /**
     * A RIS name: "Family, Given" or "Family, Given, Suffix", as the RIS specification writes persons. Anything
     * else (no comma, a third part that is no suffix, parts of many words) is a body's name, kept whole:
     * "Council on Cardiopulmonary, Critical Care, Perioperative and Resuscitation" is one name.
     */
    static NameParts ris(String name) {
        String[] parts = name.split(",", -1);
        boolean person = (parts.length == 2 || parts.length == 3 && SUFFIX.matcher(parts[2].strip()).matches())
                && words(parts[0]) >= 1 && words(parts[0]) <= 3 && words(parts[1]) >= 1 && words(parts[1]) <= 3;
        // a CJK family name with a Latin given name ("昂温, G") is a name as a catalogue wrote it, not two parts
        if (!person || Contributor.isCjk(parts[0]) != Contributor.isCjk(parts[1])) {
            return NameParts.literal(name.strip());
        }
        String family = parts[0].strip();
        return parts(parts.length == 3 ? family + " " + parts[2].strip() : family, parts[1].strip());
    }

    private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|[ivx]{1,4}|\\d(st|nd|rd|th)");

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static NameParts parts(String family, String given) {
        if (family.isEmpty()) {
            return NameParts.literal(given);
        }
        return given.isEmpty() ? NameParts.literal(family) : new NameParts(family, given, null);
    }

    /** Splits at commas or at white space outside braces. */
    private static List<String> split(String name, boolean atCommas) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && (atCommas ? c == ',' : Character.isWhitespace(c))) {
                parts.add(name.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(name.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static boolean balanced(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
