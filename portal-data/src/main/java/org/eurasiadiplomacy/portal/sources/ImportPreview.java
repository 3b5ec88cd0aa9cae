package org.eurasiadiplomacy.portal.sources;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.sources.EditOutcome.FieldProblem;
import org.eurasiadiplomacy.portal.sources.bibliography.EntryProblem;

/**
 * What an import file holds, before anything is stored: every entry with what the portal would do with it, and
 * every problem with its line. It is stored only when there is no problem at all; {@code stored} says it was.
 */
public record ImportPreview(List<Row> rows, List<EntryProblem> problems, Map<Integer, List<FieldProblem>> refusals,
        boolean stored) implements Serializable {

    /**
     * @param refusals by the line an entry starts on, what the model refused in it, each on its
     *        {@link SourceFormField} (by name), so that the page names the field as the form labels it
     */
    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        refusals = Map.copyOf(refusals);
    }

    /** The title of the entry that starts on {@code line}, for the page to name the entry; empty if unread. */
    public String titleAt(int line) {
        return rows.stream().filter(row -> row.line() == line).map(Row::title).findFirst().orElse("");
    }

    public boolean isStorable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long getNewCount() {
        return rows.stream().filter(row -> row.identicalTo() == null).count();
    }

    public long getIdenticalCount() {
        return rows.stream().filter(row -> row.identicalTo() != null).count();
    }

    /** Whether a language was guessed from the title's script, for a person to confirm before storing. */
    public boolean isLanguageGuessed() {
        return rows.stream().anyMatch(Row::languageGuessed);
    }

    /**
     * One readable entry: new, or identical in every field to the stored source {@code identicalTo}; once
     * stored, {@code storedAs} is the draft it became.
     *
     * @param languageGuessed the file gave no language: {@code language} was inferred from the title's script
     */
    public record Row(int line, String key, SourceType type, String title, Integer year, String language,
            boolean languageGuessed, Long identicalTo, Long storedAs) implements Serializable {

        Row stored(long id) {
            return new Row(line, key, type, title, year, language, languageGuessed, identicalTo, id);
        }
    }
}
