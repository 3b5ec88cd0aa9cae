package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;

/** What a reader made of a file: the entries it could read and the problems of the others, in file order. */
public record Reading(List<ReadEntry> entries, List<EntryProblem> problems) {

    public Reading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Entries read, the refused ones included: one per entry read and one per entry refused. */
    public int entriesFound() {
        return entries.size() + (int) problems.stream().filter(problem -> switch (problem.kind()) {
            case SYNTAX, UNKNOWN_TYPE, BAD_DATE -> true;
            default -> false;
        }).count();
    }

    public boolean isClean() {
        return problems.isEmpty() && !entries.isEmpty();
    }
}
