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
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * Reads a CSL-JSON array with JSON-P's streaming parser, so each item is reported at the line its "{" is on.
 * A syntax error ends the reading (JSON cannot be resynchronised) and is reported at its line.
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
        int deep = lineTooDeep(text);
        if (deep > 0) {
            return new Reading(List.of(), List.of(new EntryProblem(deep, null, EntryProblem.Kind.TOO_DEEP,
                    "more than " + MAX_DEPTH + " levels")));
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                problems.add(new EntryProblem(1, null, EntryProblem.Kind.SYNTAX, "a CSL-JSON file is an array"));
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
            problems.add(new EntryProblem((int) e.getLocation().getLineNumber(), null, EntryProblem.Kind.SYNTAX,
                    e.getMessage()));
        } catch (JsonException e) {
            problems.add(new EntryProblem(1, null, EntryProblem.Kind.SYNTAX, e.getMessage()));
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
        if (type == null) {
            problems.add(new EntryProblem(line, key, EntryProblem.Kind.UNKNOWN_TYPE,
                    portalType != null ? portalType : String.valueOf(cslType)));
            return;
        }
        Draft draft = new Draft(line, key);
        draft.type = type;
        names(draft, item, "author", ContributorRole.AUTHOR);
        names(draft, item, "editor", ContributorRole.EDITOR);
        names(draft, item, "translator", ContributorRole.TRANSLATOR);
        draft.etAl = custom.getBoolean(CslTypes.ET_AL, false);
        draft.title = text(item, "title");
        draft.titleEn = text(custom, CslTypes.TITLE_EN);
        draft.parentKey = text(custom, CslTypes.PARENT);
        if (type == SourceType.BOOK_CHAPTER) {
            draft.parentTitle = text(item, "container-title");
        } else {
            draft.container = text(item, "container-title");
        }
        draft.publisher = text(item, "publisher");
        draft.place = text(item, "publisher-place");
        draft.volume = text(item, "volume");
        draft.issue = text(item, "issue");
        draft.pages = text(item, "page");
        draft.url = text(item, "URL");
        draft.language = text(item, "language");
        if (item.get("issued") instanceof JsonObject issued) {
            try {
                draft.date = date(issued);
            } catch (RuntimeException e) {
                problems.add(new EntryProblem(line, key, EntryProblem.Kind.BAD_DATE, issued.toString()));
                return;
            }
        }
        drafts.add(draft);
    }

    private static PartialDate date(JsonObject issued) {
        if (issued.containsKey("raw")) {
            return Dates.parse(issued.getString("raw"));
        }
        JsonArray parts = issued.getJsonArray("date-parts").getJsonArray(0);
        int year = number(parts.get(0));
        Integer month = parts.size() > 1 ? number(parts.get(1)) : null;
        Integer day = parts.size() > 2 ? number(parts.get(2)) : null;
        return PartialDate.of(year, month, day);
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
                if (literal == null) {
                    // a parsed name from another tool: given name, then family name
                    String family = text(name, "family");
                    String given = text(name, "given");
                    literal = given == null ? family : family == null ? given : given + " " + family;
                }
                draft.add(literal, role);
            }
        }
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
