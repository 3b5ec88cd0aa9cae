package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * Reads RIS line by line: "TY  - " opens a record and "ER  - " closes it. Lines end in LF, CRLF or CR alone (old
 * Mac exports); a line without a tag inside a record continues the field before it, as EndNote and PubMed
 * wrap long values; anything outside a record (record numbers, a database's banner) is ignored. A record
 * with no end, an unknown type or a bad date is reported at its TY line and skipped; the others are read.
 */
final class RisReader {

    static final Pattern FIELD = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*))?$");
    static final Pattern LINE_END = Pattern.compile("\r\n|[\r\n]");
    private static final Pattern URL_SEPARATOR = Pattern.compile("[\\s;]+");

    private RisReader() {
    }

    static Reading read(String text) {
        List<Draft> drafts = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        Record record = null;
        // U+2028 (a line separator inside a value, from copied text) is no line end in RIS
        String[] lines = LINE_END.split(text.replace("\uFEFF", "").replace('\u2028', ' '), -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher field = FIELD.matcher(line.stripTrailing());
            if (!field.matches()) {
                if (record != null) {
                    // an indented line is a tool's wrapping (one space); an unindented one, the value's own line
                    record.continueLast(line.strip(), Character.isWhitespace(line.charAt(0)) ? " " : "\n");
                }
                continue;
            }
            String tag = field.group(1);
            String value = field.group(2) == null ? "" : field.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    record.problem(EntryProblem.Kind.SYNTAX, "ER");
                    record.finish(drafts, problems);
                }
                record = new Record(lineNumber);
                record.type(value);
            } else if (record == null) {
                continue;
            } else if (tag.equals("ER")) {
                record.finish(drafts, problems);
                record = null;
            } else {
                record.field(tag, value);
            }
        }
        if (record != null) {
            record.problem(EntryProblem.Kind.SYNTAX, "ER");
            record.finish(drafts, problems);
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new EntryProblem(1, null, EntryProblem.Kind.EMPTY, ""));
        }
        return new Reading(Draft.resolve(drafts), problems);
    }

    /** One record while it is read; the first problem decides how it is reported. */
    private static final class Record {

        private final Draft draft;
        private EntryProblem.Kind problemKind;
        private String problemDetail;
        private String typeCode;
        private String year;
        private String date;
        private String accessed;
        private String startPage;
        private String endPage;
        private String bookTitle;
        private String fullJournal;
        private String secondTitle;
        private String abbreviation;
        private String doi;
        private String shortTitle;
        private String lastTag;
        private String separator = " ";
        private final List<String[]> names = new ArrayList<>();

        Record(int line) {
            draft = new Draft(line, null);
        }

        void type(String code) {
            typeCode = code;
            RisTypes.sourceType(code).ifPresentOrElse(type -> draft.type = type,
                    () -> problem(EntryProblem.Kind.UNKNOWN_TYPE, "TY  - " + code));
        }

        void problem(EntryProblem.Kind kind, String detail) {
            if (problemKind == null) {
                problemKind = kind;
                problemDetail = detail;
            }
        }

        /** A wrapped line: the value of the field before it goes on, after {@code separator}. */
        void continueLast(String more, String separator) {
            if (lastTag != null) {
                this.separator = separator;
                field(lastTag, more, true);
            }
        }

        void field(String tag, String value) {
            lastTag = tag;
            field(tag, value, false);
        }

        private void field(String tag, String value, boolean continued) {
            switch (tag) {
                case "AU", "A1" -> name(value, ContributorRole.AUTHOR, continued);
                case "ED", "A2", "A3" -> {
                    // A2 is the editor of a chapter's book and A3 a series editor; both edit, neither writes
                    if (!tag.equals("A3") || !"BOOK".equals(typeCode)) {
                        name(value, ContributorRole.EDITOR, continued);
                    }
                }
                case "A4" -> name(value, ContributorRole.TRANSLATOR, continued);
                case "C8" -> draft.etAl = draft.etAl || value.equals(RisWriter.ET_AL);
                case "TI", "T1", "CT" -> draft.title = join(continued ? draft.title : null, value);
                case "TT" -> draft.titleEn = join(continued ? draft.titleEn : null, value);
                case "BT" -> bookTitle = join(continued ? bookTitle : null, value);
                case "JF" -> fullJournal = join(continued ? fullJournal : null, value);
                case "T2" -> secondTitle = join(continued ? secondTitle : null, value);
                case "JO", "JA", "J1", "J2" -> {
                    if (abbreviation == null || continued) {
                        abbreviation = join(continued ? abbreviation : null, value);
                    }
                }
                case "PB" -> draft.publisher = join(continued ? draft.publisher : null, value);
                case "CY", "PP" -> draft.place = join(continued ? draft.place : null, value);
                case "PY", "Y1" -> year = value;
                case "DA" -> date = value;
                case "Y2" -> accessed = value;
                case "VL", "VO" -> draft.volume = value;
                case "ST" -> shortTitle = value;
                case "IS" -> draft.issue = value;
                case "SP" -> startPage = value;
                case "EP" -> endPage = value;
                case "UR", "L2" -> url(value);
                case "DO" -> doi = value;
                case "ID" -> draft.key = value.isBlank() ? null : value;
                case "LA" -> draft.language = value;
                default -> {
                    // ET (edition), SN (ISBN/ISSN), abstracts, keywords, notes …: no place in the model
                }
            }
        }

        private void name(String value, ContributorRole role, boolean continued) {
            if (!continued && !value.isBlank()) {
                names.add(new String[] {value, role.name()});
            }
        }

        /** Several addresses on one line, or several UR lines: the first web address is the source's URL. */
        private void url(String value) {
            if (draft.url != null) {
                return;
            }
            for (String candidate : URL_SEPARATOR.split(value)) {
                if (candidate.matches("(?i)https?://.+")) {
                    draft.url = candidate;
                    return;
                }
            }
        }

        private String join(String before, String more) {
            return before == null || before.isEmpty() ? more : before + separator + more;
        }

        void finish(List<Draft> drafts, List<EntryProblem> problems) {
            String named = draft.title == null ? "" : " (" + draft.title + ")";
            if (problemKind == null) {
                String when = date != null && !date.isBlank() ? date : year;
                try {
                    if (when != null && !when.isBlank()) {
                        draft.date = Dates.ris(when).orElse(null);
                    }
                } catch (IllegalArgumentException e) {
                    problem(EntryProblem.Kind.BAD_DATE, when);
                }
                try {
                    if (accessed != null && !accessed.isBlank()) {
                        draft.accessed = Dates.ris(accessed).orElse(null);
                    }
                } catch (IllegalArgumentException e) {
                    problem(EntryProblem.Kind.BAD_DATE, accessed);
                }
            }
            if (problemKind != null) {
                String detail = problemKind == EntryProblem.Kind.SYNTAX ? draft.title == null ? "" : draft.title
                        : problemDetail + named;
                problems.add(new EntryProblem(draft.line, draft.key, problemKind, detail));
                return;
            }
            boolean editorsOnly = names.stream().noneMatch(n -> n[1].equals("AUTHOR"))
                    && names.stream().anyMatch(n -> n[1].equals("EDITOR"));
            if (editorsOnly && draft.type == SourceType.BOOK) {
                draft.type = SourceType.EDITED_BOOK;
            }
            for (String[] name : names) {
                draft.add(Names.ris(name[0]), ContributorRole.valueOf(name[1]));
            }
            if (startPage != null) {
                String pages = endPage == null || endPage.isBlank() || startPage.contains("-") ? startPage
                        : startPage + "-" + endPage;
                draft.pages = pages.replaceAll("\\s*[–—-]+\\s*", "-");
            }
            if (draft.url == null && doi != null && !doi.isBlank()) {
                draft.url = "https://doi.org/" + doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
            }
            if (draft.title == null && shortTitle != null) {
                // a record with only its short title (rispy's test data, some CNKI exports): better than none
                draft.title = shortTitle;
            }
            if (draft.title == null && bookTitle != null && draft.type.isPublishedVolume()) {
                // older RIS writes a whole book's title in BT
                draft.title = bookTitle;
                bookTitle = null;
            }
            if (draft.type == SourceType.BOOK_CHAPTER) {
                draft.parentTitle = first(secondTitle, bookTitle);
            } else {
                // the journal's (site's, database's) full name, which JF and T2 give, before the abbreviation in JO
                draft.container = first(fullJournal, secondTitle, abbreviation, bookTitle);
            }
            drafts.add(draft);
        }

        private static String first(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }
    }
}
