package org.eurasiadiplomacy.portal.sources.bibliography;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * Reads a CSL-JSON array (or a single item) with JSON-P's streaming parser, so each item is reported at the
 * line its "{" is on. A syntax error ends the reading (JSON cannot be resynchronised) and is reported at its
 * line. CSL's HTML-like markup in titles ({@code <i>}, {@code <b>}, {@code <sc>}, {@code <span class="nocase">})
 * is stripped, as the BibTeX reader strips {@code \emph} and case braces: the portal keeps plain text.
 */
final class CslJsonReader {

    private CslJsonReader() {
    }

    /**
     * A CSL-JSON file is four levels deep (array, item, date, date-parts); deeper input is refused before it is
     * read, as JSON-P's own limit (Parsson: 1000) answers with an exception and a stack trace per level.
     */
    static final int MAX_DEPTH = 32;

    static Reading read(String text) {
        List<Draft> drafts = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int deep = lineTooDeep(text);
        if (deep > 0) {
            return new Reading(List.of(), List.of(new EntryProblem(deep, null, EntryProblem.Kind.TOO_DEEP,
                    "more than " + MAX_DEPTH + " levels")));
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            JsonParser.Event start = parser.hasNext() ? parser.next() : null;
            if (start == JsonParser.Event.START_OBJECT) {
                // one item on its own, as citation-js and Zotero's "copy as CSL-JSON" give it
                read((int) parser.getLocation().getLineNumber(), parser.getObject(), drafts, problems);
                return new Reading(Draft.resolve(drafts), problems);
            }
            if (start != JsonParser.Event.START_ARRAY) {
                problems.add(new EntryProblem(1, null, EntryProblem.Kind.SYNTAX, ""));
                return new Reading(List.of(), problems);
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                int line = (int) parser.getLocation().getLineNumber();
                if (event != JsonParser.Event.START_OBJECT) {
                    problems.add(new EntryProblem(line, null, EntryProblem.Kind.SYNTAX, "not an object"));
                    parser.skipObject();
                    continue;
                }
                read(line, parser.getObject(), drafts, problems);
            }
        } catch (JsonParsingException e) {
            // the parser's words name JSON tokens; the line says where, the page says what
            problems.add(new EntryProblem((int) e.getLocation().getLineNumber(), null, EntryProblem.Kind.SYNTAX,
                    ""));
        } catch (JsonException e) {
            problems.add(new EntryProblem(1, null, EntryProblem.Kind.SYNTAX, ""));
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new EntryProblem(1, null, EntryProblem.Kind.EMPTY, ""));
        }
        return new Reading(Draft.resolve(drafts), problems);
    }

    /** The line where the text goes deeper than {@link #MAX_DEPTH}, or 0; a syntax error is left to the reading. */
    private static int lineTooDeep(String text) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            return (int) Math.max(1, parser.getLocation().getLineNumber());
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                    }
                }
            }
        } catch (JsonException notJson) {
            return 0;
        }
        return 0;
    }

    private static void read(int line, JsonObject item, List<Draft> drafts, List<EntryProblem> problems) {
        String key = text(item, "id");
        JsonObject custom = item.get("custom") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String cslType = text(item, "type");
        String portalType = text(custom, CslTypes.PORTAL_TYPE);
        boolean editorsOnly = !item.containsKey("author") && item.containsKey("editor");
        SourceType type;
        try {
            type = portalType != null ? SourceType.valueOf(portalType)
                    : CslTypes.sourceType(cslType == null ? "" : cslType, editorsOnly).orElse(null);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        String title = markupFree(text(item, "title"));
        String named = title == null ? "" : " (" + title + ")";
        if (type == null) {
            problems.add(new EntryProblem(line, key, EntryProblem.Kind.UNKNOWN_TYPE,
                    (portalType != null ? portalType : String.valueOf(cslType)) + named));
            return;
        }
        Draft draft = new Draft(line, key);
        draft.type = type;
        names(draft, item, "author", ContributorRole.AUTHOR);
        names(draft, item, "editor", ContributorRole.EDITOR);
        names(draft, item, "translator", ContributorRole.TRANSLATOR);
        draft.etAl = custom.getBoolean(CslTypes.ET_AL, false);
        draft.title = title;
        draft.titleEn = markupFree(text(custom, CslTypes.TITLE_EN));
        draft.parentKey = text(custom, CslTypes.PARENT);
        if (type == SourceType.BOOK_CHAPTER) {
            draft.parentTitle = markupFree(text(item, "container-title"));
        } else {
            draft.container = markupFree(text(item, "container-title"));
        }
        draft.publisher = text(item, "publisher");
        draft.place = text(item, "publisher-place");
        draft.volume = text(item, "volume");
        draft.issue = text(item, "issue");
        String pages = text(item, "page");
        // Zotero writes ranges with an en dash (1–68); the portal keeps the hyphen the article prints
        draft.pages = pages == null ? null : pages.replaceAll("\\s*[–—-]+\\s*", "-");
        draft.url = text(item, "URL");
        String doi = text(item, "DOI");
        if (draft.url == null && doi != null) {
            draft.url = "https://doi.org/" + doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        }
        draft.language = text(item, "language");
        for (String variable : List.of("issued", "accessed")) {
            if (item.get(variable) instanceof JsonObject when) {
                try {
                    PartialDate date = date(when);
                    if (variable.equals("issued")) {
                        draft.date = date;
                    } else {
                        draft.accessed = date;
                    }
                } catch (RuntimeException e) {
                    problems.add(new EntryProblem(line, key, EntryProblem.Kind.BAD_DATE, shown(when) + named));
                    return;
                }
            }
        }
        drafts.add(draft);
    }

    /** A CSL date: date-parts (a range keeps its start), else raw or literal text; null when it has no year. */
    private static PartialDate date(JsonObject when) {
        if (!(when.get("date-parts") instanceof JsonArray ranges) || ranges.isEmpty()) {
            String raw = text(when, "raw") != null ? text(when, "raw") : text(when, "literal");
            if (raw == null) {
                throw new IllegalArgumentException("no date");
            }
            try {
                return Dates.iso(raw).orElse(null);
            } catch (IllegalArgumentException notIso) {
                return Dates.ris(raw).orElse(null);
            }
        }
        JsonArray parts = ranges.getJsonArray(0);
        int year = number(parts.get(0));
        // months 13-24 are CSL's seasons, which a partial date cannot hold: the year stays
        Integer month = parts.size() > 1 && number(parts.get(1)) <= 12 ? number(parts.get(1)) : null;
        Integer day = month != null && parts.size() > 2 ? number(parts.get(2)) : null;
        return PartialDate.of(year, month, day);
    }

    /** A date as the person wrote it, for a message: its raw text, else its numbers. */
    private static String shown(JsonObject when) {
        String raw = text(when, "raw") != null ? text(when, "raw") : text(when, "literal");
        return raw != null ? raw : String.valueOf(when.get("date-parts"));
    }

    /** CSL's rich-text tags: other text in angle brackets is the title's own and stays. */
    private static final Pattern MARKUP = Pattern.compile(
            "</?(?:i|b|sc|sup|sub)>|<span\\s+(?:class=\"nocase\"|style=\"[^\"<>]{0,100}\")\\s*>|</span>");

    /** CSL's rich-text tags gone, and with them the entities that markup needs for its own brackets. */
    static String markupFree(String text) {
        if (text == null || !MARKUP.matcher(text).find()) {
            return text;
        }
        String plain = MARKUP.matcher(text).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        return plain.isBlank() ? null : plain.strip();
    }

    /** CSL-JSON allows "2019" as well as 2019 in date parts. */
    private static int number(JsonValue value) {
        return value instanceof JsonNumber number ? number.intValueExact()
                : Integer.parseInt(((JsonString) value).getString());
    }

    private static void names(Draft draft, JsonObject item, String variable, ContributorRole role) {
        if (!(item.get(variable) instanceof JsonArray names)) {
            return;
        }
        for (JsonValue value : names) {
            if (value instanceof JsonObject name) {
                String literal = text(name, "literal");
                if (literal != null) {
                    draft.add(literal, role);
                    continue;
                }
                // a parsed name from another tool; particles belong to the family name ("van Gogh")
                String family = joined(text(name, "non-dropping-particle"), text(name, "family"));
                String given = joined(text(name, "given"), text(name, "dropping-particle"));
                String suffix = text(name, "suffix");
                if (family != null && suffix != null) {
                    family = family + " " + suffix;
                }
                draft.add(family, given, role);
            }
        }
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }
}
