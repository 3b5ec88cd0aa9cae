package org.eurasiadiplomacy.portal.curation;

import java.util.List;

/** The form's values break the model's rules; nothing was saved. */
public class InvalidRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRecord(List<Problem> problems) {
        super("Invalid record: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
