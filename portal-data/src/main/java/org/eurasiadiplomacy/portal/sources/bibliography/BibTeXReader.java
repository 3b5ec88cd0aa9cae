package org.eurasiadiplomacy.portal.sources.bibliography;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * Reads BibTeX and BibLaTeX with JBibTeX. The file is first cut into entries, each starting at an "@type{"
 * and ending at its closing brace: text between entries is ignored, as BibTeX ignores it, and a syntax error
 * costs only its own entry. JBibTeX's lexer refuses keys in Chinese or Japanese characters, so each entry goes
 * to it under an ASCII stand-in key and keeps its own. The {@code @string} macros are parsed once and expanded
 * once into plain text, within the bounds of {@link Expansion}: a file of macros that double each other cannot
 * fill the heap, and the work stays linear in the file. Fields are read from the entry itself: JBibTeX's own
 * crossref lookup recurses without end on a cycle, so {@code crossref} and {@code xdata} are inherited here,
 * one file-wide pass with a guard against cycles. LaTeX is decoded by {@link LaTeXText}. JBibTeX signals
 * lexical errors with unchecked exceptions, hence the catch of RuntimeException.
 */
final class BibTeXReader {

    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]");
    private static final Pattern KEY = Pattern.compile("(@\\s*[A-Za-z]+\\s*[{(]\\s*)([^,\\s{}()\"#%'=]*)(\\s*,)");
    private static final Pattern TITLE = Pattern.compile("(?i)\\btitle\\s*=\\s*[{\"]([^\\n]{1,120}?)[}\"]\\s*,?\\s*$",
            Pattern.MULTILINE);
    private static final String STAND_IN_KEY = "k";
    /** Fields kept as written: no LaTeX decoding (a "~" or "--" in a URL is part of it). */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "crossref", "xdata", "langid", "date",
            "urldate", "year", "month");
    /** In the order the writer groups them: authors, editors, translators. */
    private static final List<String> NAME_FIELDS = List.of("author", "editor", "translator");

    private BibTeXReader() {
    }

    private record Chunk(int line, String type, String text) {
    }

    /** An entry's fields as the file gives them, macros expanded, before inheritance and decoding. */
    private record RawEntry(int line, String key, String type, Map<String, String> fields, String title) {
    }

    static Reading read(String text) {
        return read(text, parsed -> {
        });
    }

    /** {@code parsed} hears the length of every text given to JBibTeX, so a test can see the work is linear. */
    static Reading read(String text, IntConsumer parsed) {
        List<Chunk> chunks = chunks(text);
        List<RawEntry> raw = new ArrayList<>();
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
                if (Set.of("string", "comment", "preamble").contains(chunk.type)) {
                    continue;
                }
                String entryText = unwrap(chunk.text);
                Matcher key = KEY.matcher(entryText);
                String ownKey = key.lookingAt() ? key.group(2) : null;
                String parsable = key.lookingAt() ? key.replaceFirst("$1" + STAND_IN_KEY + "$3") : entryText;
                try {
                    parsed.accept(parsable.length());
                    BibTeXDatabase database = parser.parse(new StringReader(parsable));
                    for (BibTeXEntry entry : database.getEntries().values()) {
                        raw.add(raw(chunk.line, ownKey, entry, expansion));
                    }
                } catch (Expansion.TooLarge tooLarge) {
                    throw tooLarge;
                } catch (ParseException | RuntimeException e) {
                    // JBibTeX's own words name its tokens, not the person's entry: the entry is named instead
                    problems.add(new EntryProblem(chunk.line, ownKey, EntryProblem.Kind.SYNTAX, nameOf(chunk)));
                }
            }
        } catch (Expansion.TooLarge tooLarge) {
            return new Reading(List.of(), List.of(new EntryProblem(tooLarge.line, null, EntryProblem.Kind.TOO_LARGE,
                    tooLarge.getMessage())));
        }
        inherit(raw);
        List<Draft> drafts = new ArrayList<>();
        for (RawEntry entry : raw) {
            draft(entry).ifPresentOrElse(drafts::add, () -> {
            });
            problem(entry).ifPresent(problems::add);
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
            problems.add(new EntryProblem(chunk.line, null, EntryProblem.Kind.SYNTAX, firstLine(chunk.text)));
            return;
        }
        for (BibTeXString macro : database.getStrings().values()) {
            String flat = expansion.of(macro.getValue(), chunk.line);
            parser.addMacro(new BibTeXString(macro.getKey(), new StringValue(flat, StringValue.Style.BRACED)));
        }
    }

    private static BibTeXParser parser() throws ParseException {
        return new BibTeXParser() {
            // a chapter's book is another chunk: crossrefs are resolved after the whole file
            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            }

            // an undefined macro is empty text, as BibTeX itself takes it (with a warning)
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
            }
        };
    }

    private static RawEntry raw(int line, String key, BibTeXEntry entry, Expansion expansion) {
        Map<String, String> fields = new LinkedHashMap<>();
        // getFields, not getField: getField follows crossref itself and recurses without end on a cycle
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            fields.put(field.getKey().getValue().toLowerCase(Locale.ROOT), expansion.of(field.getValue(), line));
        }
        String title = fields.get("title");
        return new RawEntry(line, key, entry.getType().getValue().toLowerCase(Locale.ROOT), fields,
                title == null ? null : LaTeXText.decode(title));
    }

    /**
     * BibLaTeX's inheritance, as far as the portal needs it: an {@code xdata} entry lends every field; a
     * {@code crossref} parent lends only its title, as the child's booktitle (a journal's, its journaltitle),
     * because the child is linked to that book ({@link Draft#resolve}), which holds its editors, publisher and
     * date. Fields of the entry itself win. A cycle of references stops at the first entry seen twice.
     */
    private static void inherit(List<RawEntry> entries) {
        Map<String, RawEntry> byKey = new HashMap<>();
        for (RawEntry entry : entries) {
            if (entry.key != null) {
                byKey.putIfAbsent(entry.key.toLowerCase(Locale.ROOT), entry);
            }
        }
        for (RawEntry entry : entries) {
            Set<RawEntry> seen = new HashSet<>();
            seen.add(entry);
            for (String xdata : entry.fields.getOrDefault("xdata", "").split(",")) {
                RawEntry lender = byKey.get(xdata.strip().toLowerCase(Locale.ROOT));
                if (lender != null && seen.add(lender)) {
                    lender.fields.forEach(entry.fields::putIfAbsent);
                }
            }
            RawEntry parent = byKey.get(entry.fields.getOrDefault("crossref", "").strip().toLowerCase(Locale.ROOT));
            if (parent != null && seen.add(parent) && parent.fields.get("title") != null) {
                entry.fields.putIfAbsent(entry.type.equals("article") ? "journaltitle" : "booktitle",
                        parent.fields.get("title"));
            }
        }
    }

    private static boolean isEntry(RawEntry entry) {
        // an xdata entry lends fields and a set groups entries; neither is a source of its own
        return !entry.type.equals("xdata") && !entry.type.equals("set");
    }

    /** Why the entry cannot be read, if it cannot; the entry named by its title. */
    private static Optional<EntryProblem> problem(RawEntry entry) {
        if (!isEntry(entry)) {
            return Optional.empty();
        }
        Map<String, String> f = entry.fields;
        String named = entry.title == null ? "" : entry.title;
        if (type(entry).isEmpty()) {
            return Optional.of(new EntryProblem(entry.line, entry.key, EntryProblem.Kind.UNKNOWN_TYPE,
                    "@" + entry.type + (named.isEmpty() ? "" : " (" + named + ")")));
        }
        for (String field : List.of("date", "urldate")) {
            String value = field.equals("date") ? first(f.get("date"), yearAndMonth(f.get("year"), f.get("month")))
                    : f.get("urldate");
            if (value != null && !value.isBlank()) {
                try {
                    Dates.iso(strip(value));
                } catch (IllegalArgumentException e) {
                    return Optional.of(new EntryProblem(entry.line, entry.key, EntryProblem.Kind.BAD_DATE,
                            strip(value) + (named.isEmpty() ? "" : " (" + named + ")")));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<SourceType> type(RawEntry entry) {
        Map<String, String> f = entry.fields;
        boolean editorsOnly = f.get("author") == null && f.get("editor") != null;
        return BibTeXTypes.sourceType(entry.type, f.get("entrysubtype"), editorsOnly,
                f.get("url") != null || f.get("doi") != null);
    }

    private static Optional<Draft> draft(RawEntry entry) {
        Optional<SourceType> type = type(entry);
        if (!isEntry(entry) || type.isEmpty() || problem(entry).isPresent()) {
            return Optional.empty();
        }
        Map<String, String> f = entry.fields;
        Draft draft = new Draft(entry.line, entry.key);
        draft.type = type.get();
        for (String role : NAME_FIELDS) {
            names(draft, f.get(role), ContributorRole.valueOf(role.toUpperCase(Locale.ROOT)));
        }
        draft.title = title(text(f, "title"), text(f, "subtitle"));
        draft.titleEn = text(f, "titleaddon");
        draft.container = first(text(f, "journaltitle"), text(f, "journal"), text(f, "howpublished"));
        if (draft.container != null && draft.container.matches("(?i)\\\\?url\\{?.*|https?://.*")) {
            // Mendeley and JabRef put the page's address in howpublished: it is the URL, not a container
            f.putIfAbsent("url", draft.container.replaceFirst("(?i)^\\\\?url\\{?", "").replaceFirst("}$", ""));
            draft.container = null;
        }
        draft.parentKey = f.get("crossref") == null ? null : f.get("crossref").strip();
        draft.parentTitle = title(text(f, "booktitle"), text(f, "booksubtitle"));
        draft.publisher = first(text(f, "publisher"), text(f, "institution"), text(f, "school"),
                text(f, "organization"));
        draft.place = first(text(f, "location"), text(f, "address"));
        draft.volume = text(f, "volume");
        draft.issue = first(text(f, "number"), text(f, "issue"));
        String pages = text(f, "pages");
        draft.pages = pages == null ? null : pages.replaceAll("\\s*[–—-]+\\s*", "-");
        draft.url = url(f.get("url"), f.get("doi"));
        draft.language = first(text(f, "langid"), text(f, "language"));
        String date = first(f.get("date"), yearAndMonth(f.get("year"), f.get("month")));
        draft.date = date == null ? null : Dates.iso(strip(date)).orElse(null);
        draft.accessed = f.get("urldate") == null ? null : Dates.iso(strip(f.get("urldate"))).orElse(null);
        return Optional.of(draft);
    }

    /** BibLaTeX's subtitle follows the title after a colon, as the styles print it. */
    static String title(String title, String subtitle) {
        if (subtitle == null) {
            return title;
        }
        if (title == null) {
            return subtitle;
        }
        return title.matches(".*[:?!.：？！。]$") ? title + " " + subtitle : title + ": " + subtitle;
    }

    /** The URL as written, but for the escapes tools put in it; a DOI alone becomes its resolver's URL. */
    private static String url(String url, String doi) {
        String written = url == null ? null : strip(url).replace("\\textbackslash{}", "\\").replaceAll(
                "\\\\([%_&#~{}$])", "$1");
        if (written != null && !written.isBlank()) {
            return written.strip();
        }
        if (doi != null && !strip(doi).isBlank()) {
            String bare = strip(doi).replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
            return "https://doi.org/" + bare;
        }
        return null;
    }

    private static String strip(String value) {
        return value.replace("{", "").replace("}", "").strip();
    }

    private static String yearAndMonth(String year, String month) {
        if (year == null) {
            return null;
        }
        String y = strip(year);
        if (month == null || strip(month).isEmpty()) {
            return y;
        }
        String m = strip(month);
        // JBibTeX resolves the macros jan … dec to "January" …; numbers stay numbers
        for (java.time.Month each : java.time.Month.values()) {
            if (m.length() >= 3 && each.name().regionMatches(true, 0, m, 0, 3)) {
                return y + "-" + String.format("%02d", each.getValue());
            }
        }
        return m.matches("\\d{1,2}") ? y + "-" + (m.length() == 1 ? "0" + m : m) : y + "-" + m;
    }

    private static void names(Draft draft, String value, ContributorRole role) {
        if (value == null || value.isBlank()) {
            return;
        }
        for (String name : Names.bibtexList(value)) {
            if (name.equalsIgnoreCase("others")) {
                draft.etAl = true;
            } else if (!name.isBlank()) {
                draft.add(Names.bibtex(name), role);
            }
        }
    }

    /** A field decoded from LaTeX, or null when absent or blank. */
    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        String plain = VERBATIM.contains(name) ? value.strip() : LaTeXText.decode(value);
        return plain.isBlank() ? null : plain;
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
     * Cuts the text into entries: each starts at an "@type{" or "@type(" outside braces, or at one that starts
     * a line (an unclosed brace then costs one entry, not the rest), and ends where its delimiter closes; what
     * follows up to the next entry is text between entries.
     */
    private static List<Chunk> chunks(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int depth = 0;
        int line = 1;
        int start = -1;
        int startLine = 0;
        Matcher entryStart = ENTRY_START.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '@' && (depth == 0 || startsLine(text, i))
                    && entryStart.region(i, text.length()).lookingAt()) {
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

    /** The entry up to the brace or parenthesis that closes it; text after it is not BibTeX's business. */
    private static Chunk chunk(int line, String text) {
        Matcher type = ENTRY_START.matcher(text);
        if (!type.lookingAt()) {
            return new Chunk(line, "", text);
        }
        char close = text.charAt(type.end() - 1) == '{' ? '}' : ')';
        int braces = 0;
        int end = text.length();
        for (int i = type.end(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            } else if (c == close && braces == 0) {
                end = i + 1;
                break;
            }
        }
        return new Chunk(line, type.group(1).toLowerCase(Locale.ROOT), text.substring(0, end));
    }

    /**
     * A value a tool wrapped over indented lines made one line again: inside a value, a line break followed by
     * an indent is one space. A line break with no indent after it is the value's own (the writer keeps line
     * breaks so), and stays. JBibTeX drops the indent itself, so this is decided here, on the file's text.
     */
    private static String unwrap(String entry) {
        StringBuilder out = new StringBuilder(entry.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\\' && i + 1 < entry.length()) {
                out.append(c).append(entry.charAt(++i));
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 1) {
                quoted = !quoted;
            }
            boolean inValue = depth >= 2 || quoted;
            int next = c == '\r' && i + 1 < entry.length() && entry.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            if (inValue && (c == '\n' || c == '\r') && next < entry.length()
                    && (entry.charAt(next) == ' ' || entry.charAt(next) == '\t')) {
                while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
                out.append(' ');
                i = next;
                while (i < entry.length() && (entry.charAt(i) == ' ' || entry.charAt(i) == '\t')) {
                    i++;
                }
                i--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The entry as the person knows it: its title, else its first line. */
    private static String nameOf(Chunk chunk) {
        Matcher title = TITLE.matcher(chunk.text);
        return title.find() ? LaTeXText.decode(title.group(1)) : firstLine(chunk.text);
    }

    private static String firstLine(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }

}
