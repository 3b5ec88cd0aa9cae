package org.eurasiadiplomacy.portal.sources;

import java.io.Serializable;
import java.util.List;
import org.eurasiadiplomacy.portal.sources.bibliography.EntryProblem;

/**
 * What an import file holds, before anything is stored: every entry with what the portal would do with it, and
 * every problem with its line. It is stored only when there is no problem at all; {@code stored} says it was.
 */
public record ImportPreview(List<Row> rows, List<EntryProblem> problems, boolean stored) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
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

    /** One readable entry: new, or identical in every field to the stored source {@code identicalTo}. */
    public record Row(int line, String key, SourceType type, String title, Integer year, Long identicalTo)
            implements Serializable {
    }
}
