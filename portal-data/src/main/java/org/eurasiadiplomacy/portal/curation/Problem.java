package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.util.List;

/**
 * Why a value was refused: the form key it belongs to ({@code name.zh}, {@code year}; empty for the record
 * as a whole), a reason the web layer looks up in its bundles as {@code curation.problem.<reason>}, and the
 * arguments of that message (limits, digits).
 */
public record Problem(String key, String reason, List<Object> arguments) implements Serializable {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, String reason, Object... arguments) {
        return new Problem(key, reason, List.of(arguments));
    }

    /** The same problem on a part of a row: {@code title.zh} of row 2 of {@code offices} is {@code offices.2.title.zh}. */
    public Problem within(String field, int row) {
        return new Problem(field + "." + row + "." + key, reason, arguments);
    }
}
