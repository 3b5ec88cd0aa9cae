package org.eurasiadiplomacy.portal.sources.bibliography;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * LaTeX in BibTeX values decoded to Unicode: accents ({@code {\"O}zge} → Özge, {@code {\v R}eh{\r u}{\v r}ek} →
 * Řehůřek), named letters and symbols ({@code \ss}, {@code \textendash}), {@code ~} → no-break space, {@code --}
 * → en dash, {@code ---} → em dash, case-protection braces and formatting commands removed, runs of white space
 * made one space. Written here rather than with JBibTeX's LaTeX parser and printer because those refuse CJK
 * and Cyrillic text, which most of the portal's sources are in. One pass, no recursion on the input's nesting,
 * so the work is linear in the value whatever its braces.
 */
final class LaTeXText {

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('`', '\u0300'), Map.entry('\'', '\u0301'), Map.entry('^', '\u0302'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('u', '\u0306'),
            Map.entry('.', '\u0307'), Map.entry('"', '\u0308'), Map.entry('r', '\u030A'),
            Map.entry('H', '\u030B'), Map.entry('v', '\u030C'), Map.entry('c', '\u0327'),
            Map.entry('k', '\u0328'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'),
            Map.entry('t', '\u0361'));

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("ss", "ß"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("th", "þ"),
            Map.entry("TH", "Þ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textbackslash", "\\"), Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"),
            Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"), Map.entry("dots", "…"),
            Map.entry("ldots", "…"), Map.entry("textellipsis", "…"), Map.entry("textregistered", "®"),
            Map.entry("copyright", "©"), Map.entry("textcopyright", "©"), Map.entry("S", "§"),
            Map.entry("P", "¶"), Map.entry("textsection", "§"), Map.entry("guillemotleft", "«"),
            Map.entry("guillemotright", "»"), Map.entry("textunderscore", "_"), Map.entry("textasciitilde", "~"), Map.entry("textasciicircum", "^"),
            Map.entry("textdegree", "°"), Map.entry("textperiodcentered", "·"), Map.entry("LaTeX", "LaTeX"),
            Map.entry("TeX", "TeX"), Map.entry("slash", "/"), Map.entry("nobreakspace", "\u00A0"),
            Map.entry("quad", " "), Map.entry("space", " "), Map.entry("relax", ""), Map.entry("par", " "),
            Map.entry("newline", " "), Map.entry("textnumero", "№"), Map.entry("textbar", "|"));

    /** Commands whose argument is dropped with them: sorting keys and the like print nothing. */
    private static final Set<String> SILENT = Set.of("noopsort", "sortkey", "nocite");

    private LaTeXText() {
    }

    static String decode(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        int n = latex.length();
        int i = 0;
        while (i < n) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = command(latex, i + 1, out);
            } else if (c == '{' || c == '}' || c == '$') {
                i++;
            } else if (c == '~') {
                out.append('\u00A0');
                i++;
            } else if (c == '-' && latex.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (c == '-' && latex.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (c == '`' && latex.startsWith("``", i)) {
                out.append('“');
                i += 2;
            } else if (c == '\'' && latex.startsWith("''", i)) {
                out.append('”');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC);
    }

    /** Decodes the command whose name starts at {@code at}; returns where the text goes on. */
    private static int command(String latex, int at, StringBuilder out) {
        int n = latex.length();
        char first = latex.charAt(at);
        if (!Character.isLetter(first)) {
            if (ACCENTS.containsKey(first)) {
                // {\" o} as well as {\"o}: TeX skips the space before an accent's argument
                return accent(latex, skipSpaces(latex, at + 1), ACCENTS.get(first), out);
            }
            switch (first) {
                case '\\' -> out.append(' ');
                case '-', '/' -> {
                    // a hyphenation point or an italic correction prints nothing
                }
                case ',', ';', ' ' -> out.append(' ');
                default -> out.append(first);
            }
            return at + 1;
        }
        int end = at;
        while (end < n && Character.isLetter(latex.charAt(end)) && latex.charAt(end) < 128) {
            end++;
        }
        String name = latex.substring(at, end);
        int next = end;
        if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0))) {
            return accent(latex, skipSpaces(latex, next), ACCENTS.get(name.charAt(0)), out);
        }
        String symbol = SYMBOLS.get(name);
        next = skipSpaces(latex, next);
        if (symbol != null) {
            out.append(symbol);
            // "\ss{}" and "{\ss}" alike: an empty group after a symbol is its terminator
            return latex.startsWith("{}", next) ? next + 2 : next;
        }
        if (SILENT.contains(name) && next < n && latex.charAt(next) == '{') {
            return groupEnd(latex, next);
        }
        // formatting and unknown commands: the command goes, its arguments stay as text
        return next;
    }

    /**
     * Puts the combining {@code mark} on the first letter of the accent's argument, a group or one character.
     * A group is not decoded on its own: its first letter takes the mark and the rest of it is read on by
     * {@link #decode}, whose loop drops the braces. So nested accents cost no recursion and no second pass.
     */
    private static int accent(String latex, int at, char mark, StringBuilder out) {
        int n = latex.length();
        int next = at;
        while (next < n && latex.charAt(next) == '{') {
            next++;
        }
        if (next >= n || latex.charAt(next) == '}') {
            out.append(mark);
            return next;
        }
        if (latex.charAt(next) == '\\' && next + 1 < n && (latex.charAt(next + 1) == 'i' || latex.charAt(next + 1) == 'j')
                && (next + 2 >= n || !Character.isLetter(latex.charAt(next + 2)))) {
            // \'{\i}: the accent sits on a dotless i, which Unicode writes as a plain i with the mark
            out.append(latex.charAt(next + 1)).append(mark);
            return next + 2;
        }
        if (latex.charAt(next) == '\\') {
            // an accent on another command has no letter to sit on: the accent goes, the command is read on
            return next;
        }
        int cp = latex.codePointAt(next);
        out.appendCodePoint(cp).append(mark);
        return next + Character.charCount(cp);
    }

    private static int skipSpaces(String latex, int at) {
        while (at < latex.length() && latex.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** The index after the group that opens at {@code open}, or the end of the text if it is not closed. */
    private static int groupEnd(String latex, int open) {
        int depth = 0;
        for (int i = open; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return latex.length();
    }
}
