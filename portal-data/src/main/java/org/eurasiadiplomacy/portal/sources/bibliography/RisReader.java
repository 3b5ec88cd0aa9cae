package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.SourceType;

/**
 * Reads RIS line by line: "TY  - " opens a record and "ER  - " closes it. A record with an unreadable line,
 * no end, an unknown type or a bad date is reported at its TY line and skipped; the others are read.
 */
final class RisReader {

    private static final Pattern FIELD = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

    private RisReader() {
    }

    static Reading read(String text) {
        List<Draft> drafts = new ArrayList<>();
        List<EntryProblem> problems = new ArrayList<>();
        Record record = null;
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                if (record != null) {
                    record.problem(EntryProblem.Kind.SYNTAX, "line " + lineNumber + ": " + line);
                } else {
                    problems.add(new EntryProblem(lineNumber, null, EntryProblem.Kind.SYNTAX, line));
                }
                continue;
            }
            String tag = field.group(1);
            String value = field.group(2) == null ? "" : field.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    record.problem(EntryProblem.Kind.SYNTAX, "no ER before line " + lineNumber);
                    record.finish(drafts, problems);
                }
                record = new Record(lineNumber);
                record.type(value);
            } else if (record == null) {
                problems.add(new EntryProblem(lineNumber, null, EntryProblem.Kind.SYNTAX, line));
            } else if (tag.equals("ER")) {
                record.finish(drafts, problems);
                record = null;
            } else {
                record.field(tag, value);
            }
        }
        if (record != null) {
            record.problem(EntryProblem.Kind.SYNTAX, "no ER at the end of the file");
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
        private EntryProblem problem;
        private String year;
        private String date;
        private String startPage;
        private String endPage;
        private String secondTitle;

        Record(int line) {
            draft = new Draft(line, null);
        }

        void type(String code) {
            RisTypes.sourceType(code).ifPresentOrElse(type -> draft.type = type,
                    () -> problem(EntryProblem.Kind.UNKNOWN_TYPE, "TY  - " + code));
        }

        void problem(EntryProblem.Kind kind, String detail) {
            if (problem == null) {
                problem = new EntryProblem(draft.line, null, kind, detail);
            }
        }

        void field(String tag, String value) {
            switch (tag) {
                case "AU", "A1" -> draft.add(value, ContributorRole.AUTHOR);
                case "ED", "A2" -> draft.add(value, ContributorRole.EDITOR);
                case "A4" -> draft.add(value, ContributorRole.TRANSLATOR);
                case "C8" -> draft.etAl = draft.etAl || value.equals(RisWriter.ET_AL);
                case "TI", "T1" -> draft.title = value;
                case "TT" -> draft.titleEn = value;
                case "T2", "JO", "JF", "BT" -> secondTitle = value;
                case "PB" -> draft.publisher = value;
                case "CY" -> draft.place = value;
                case "PY", "Y1" -> year = value;
                case "DA" -> date = value;
                case "VL" -> draft.volume = value;
                case "IS" -> draft.issue = value;
                case "SP" -> startPage = value;
                case "EP" -> endPage = value;
                case "UR" -> draft.url = value;
                case "LA" -> draft.language = value;
                default -> {
                    // other RIS fields (abstracts, keywords, notes …) have no place in the model
                }
            }
        }

        void finish(List<Draft> drafts, List<EntryProblem> problems) {
            if (problem == null) {
                String when = date != null && !date.isBlank() ? date : year;
                if (when != null && !when.isBlank()) {
                    try {
                        draft.date = Dates.parse(when);
                    } catch (IllegalArgumentException e) {
                        problem(EntryProblem.Kind.BAD_DATE, when);
                    }
                }
            }
            if (problem != null) {
                problems.add(problem);
                return;
            }
            if (startPage != null) {
                draft.pages = endPage == null || endPage.isBlank() ? startPage : startPage + "-" + endPage;
            }
            if (secondTitle != null) {
                if (draft.type == SourceType.BOOK_CHAPTER) {
                    draft.parentTitle = secondTitle;
                } else {
                    draft.container = secondTitle;
                }
            }
            drafts.add(draft);
        }
    }
}
