package org.eurasiadiplomacy.portal.sources.bibliography;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * Reads BibTeX with JBibTeX. The file is first cut at every "@" outside braces, so each entry is parsed on its
 * own and a syntax error is reported at its entry's line while the other entries are still read. The
 * {@code @string} macros are parsed once and expanded once into plain text, within the bounds of
 * {@link Expansion}: a file of macros that double each other cannot fill the heap, and the work stays linear
 * in the file (no macro is parsed again per entry). JBibTeX signals lexical errors with unchecked exceptions,
 * hence the catch of RuntimeException.
 */
final class BibTeXReader {

    private static final Pattern AT_TYPE = Pattern.compile("@\\s*([A-Za-z]+)");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private BibTeXReader() {
    }

    private record Chunk(int line, String type, String text) {
    }

    static Reading read(String text) {
        return read(text, parsed -> {
        });
    }

    /** {@code parsed} hears the length of every text given to JBibTeX, so a test can see the work is linear. */
    static Reading read(String text, IntConsumer parsed) {
        List<Chunk> chunks = chunks(text);
        List<Draft> drafts = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        Expansion expansion = new Expansion();
        BibTeXParser parser;
        try {
            parser = parser();
        } catch (ParseException e) {
            throw new IllegalStateException("JBibTeX's parser cannot be made", e);
        }
        try {
            // the macros once, in file order, each expanded at once into plain text within the bounds; every
            // entry is then parsed on its own against them (a parser keeps its macros from one parse to the next)
            for (Chunk chunk : chunks) {
                if (chunk.type.equals("string")) {
                    parsed.accept(chunk.text.length());
                    defineMacros(parser, chunk, expansion, problems);
                }
            }
            for (Chunk chunk : chunks) {
                if (chunk.type.equals("string") || chunk.type.equals("comment") || chunk.type.equals("preamble")) {
                    continue;
                }
                try {
                    parsed.accept(chunk.text.length());
                    BibTeXDatabase database = parser.parse(new StringReader(chunk.text));
                    for (BibTeXEntry entry : database.getEntries().values()) {
                        read(chunk.line, entry, expansion, drafts, problems);
                    }
                } catch (Expansion.TooLarge tooLarge) {
                    throw tooLarge;
                } catch (ParseException | RuntimeException e) {
                    problems.add(new EntryProblem(chunk.line, keyOf(chunk.text), EntryProblem.Kind.SYNTAX,
                            lineInChunk(e.getMessage(), chunk.line)));
                }
            }
        } catch (Expansion.TooLarge tooLarge) {
            return new Reading(List.of(), List.of(new EntryProblem(tooLarge.line, null, EntryProblem.Kind.TOO_LARGE,
                    tooLarge.getMessage())));
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new EntryProblem(1, null, EntryProblem.Kind.EMPTY, ""));
        }
        return new Reading(Draft.resolve(drafts), problems);
    }

    /** Parses one {@code @string} chunk and gives the parser its macros as plain text, already expanded. */
    private static void defineMacros(BibTeXParser parser, Chunk chunk, Expansion expansion,
                                     List<EntryProblem> problems) {
        BibTeXDatabase database;
        try {
            database = parser.parse(new StringReader(chunk.text));
        } catch (ParseException | RuntimeException e) {
            problems.add(new EntryProblem(chunk.line, null, EntryProblem.Kind.SYNTAX,
                    lineInChunk(e.getMessage(), chunk.line)));
            return;
        }
        for (BibTeXString macro : database.getStrings().values()) {
            String flat = expansion.of(macro.getValue(), chunk.line);
            parser.addMacro(new BibTeXString(macro.getKey(), new StringValue(flat, StringValue.Style.BRACED)));
        }
    }

    private static BibTeXParser parser() throws ParseException {
        return new BibTeXParser() {
            // a chapter's book is another chunk: crossrefs are resolved by Draft, after the whole file
            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            }
        };
    }

    private static void read(int line, BibTeXEntry entry, Expansion expansion, List<Draft> drafts,
                             List<EntryProblem> problems) {
        FieldReader fields = name -> field(entry, name, expansion, line);
        String key = entry.getKey().getValue();
        String url = fields.get("url");
        boolean editorsOnly = fields.get("author") == null && fields.get("editor") != null;
        var type = BibTeXTypes.sourceType(entry.getType().getValue(), fields.get("entrysubtype"), editorsOnly,
                url != null);
        if (type.isEmpty()) {
            problems.add(new EntryProblem(line, key, EntryProblem.Kind.UNKNOWN_TYPE, "@" + entry.getType()));
            return;
        }
        Draft draft = new Draft(line, key);
        draft.type = type.get();
        names(draft, fields.get("author"), ContributorRole.AUTHOR);
        names(draft, fields.get("editor"), ContributorRole.EDITOR);
        names(draft, fields.get("translator"), ContributorRole.TRANSLATOR);
        draft.title = fields.get("title");
        draft.titleEn = fields.get("titleaddon");
        draft.container = first(fields.get("journal"), fields.get("journaltitle"), fields.get("howpublished"));
        draft.parentKey = fields.get("crossref");
        draft.parentTitle = fields.get("booktitle");
        draft.publisher = fields.get("publisher");
        draft.place = first(fields.get("address"), fields.get("location"));
        draft.volume = fields.get("volume");
        draft.issue = first(fields.get("number"), fields.get("issue"));
        String pages = fields.get("pages");
        draft.pages = pages == null ? null : pages.replace("--", "-");
        draft.url = url;
        draft.language = first(fields.get("language"), fields.get("langid"));
        String date = first(fields.get("date"), yearAndMonth(fields.get("year"), fields.get("month")));
        if (date != null) {
            try {
                draft.date = Dates.parse(date);
            } catch (IllegalArgumentException e) {
                problems.add(new EntryProblem(line, key, EntryProblem.Kind.BAD_DATE, date));
                return;
            }
        }
        drafts.add(draft);
    }

    private static String yearAndMonth(String year, String month) {
        if (year == null) {
            return null;
        }
        if (month == null) {
            return year;
        }
        // JBibTeX resolves the macros jan … dec to "January" …; numbers stay numbers
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().regionMatches(true, 0, month.strip(), 0, 3)) {
                return year + "-" + m.getValue();
            }
        }
        return year + "-" + month.strip();
    }

    private static void names(Draft draft, String value, ContributorRole role) {
        if (value == null) {
            return;
        }
        for (String name : splitNames(value)) {
            if (name.equalsIgnoreCase("others")) {
                draft.etAl = true;
            } else {
                draft.add(unbrace(name), role);
            }
        }
    }

    /** Splits at " and " outside braces: "{Ministry of Foreign Affairs and Trade} and Kim" has two names. */
    private static List<String> splitNames(String value) {
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

    private static String unbrace(String name) {
        String raw = name.strip();
        if (raw.startsWith("{") && raw.endsWith("}") && balancedInside(raw)) {
            raw = raw.substring(1, raw.length() - 1);
        }
        return unescape(raw);
    }

    private static boolean balancedInside(String braced) {
        int depth = 0;
        for (int i = 1; i < braced.length() - 1; i++) {
            char c = braced.charAt(i);
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

    @FunctionalInterface
    private interface FieldReader {
        String get(String name);
    }

    private static String field(BibTeXEntry entry, String name, Expansion expansion, int line) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return null;
        }
        String text = expansion.of(value, line);
        if (name.equals("author") || name.equals("editor") || name.equals("translator")) {
            return text.isBlank() ? null : text;
        }
        String plain = unescape(text);
        return plain.isBlank() ? null : plain;
    }

    /** The reverse of {@link BibTeXWriter#escape}. */
    private static String unescape(String text) {
        return text.replace("\\textbackslash{}", "\u0000").replace("\\textasciitilde{}", "~")
                .replace("\\textasciicircum{}", "^").replaceAll("\\\\([{}&%$#_])", "$1")
                .replace('\u0000', '\\');
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Cuts the text at each "@" outside braces, remembering the line each piece starts on. An "@" that starts a
     * line also starts an entry even inside braces: an unclosed brace then costs one entry, not the rest.
     */
    private static List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int depth = 0;
        int line = 1;
        int start = -1;
        int startLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '@' && (depth == 0 || startsLine(text, i))) {
                depth = 0;
                if (start >= 0) {
                    chunks.add(chunk(startLine, text.substring(start, i)));
                }
                start = i;
                startLine = line;
            }
        }
        if (start >= 0) {
            chunks.add(chunk(startLine, text.substring(start)));
        }
        return chunks;
    }

    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Chunk chunk(int line, String text) {
        Matcher type = AT_TYPE.matcher(text);
        return new Chunk(line, type.lookingAt() ? type.group(1).toLowerCase(Locale.ROOT) : "", text);
    }

    private static String keyOf(String chunk) {
        int open = chunk.indexOf('{');
        int comma = chunk.indexOf(',');
        return open >= 0 && comma > open ? chunk.substring(open + 1, comma).strip() : null;
    }

    /** JBibTeX counts lines from the start of the chunk it was given. */
    private static String lineInChunk(String message, int chunkLine) {
        if (message == null) {
            return "";
        }
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            int inFile = Integer.parseInt(m.group(1)) + chunkLine - 1;
            m.appendReplacement(shifted, "line " + inFile);
        }
        m.appendTail(shifted);
        return shifted.toString().lines().findFirst().orElse("");
    }
}
