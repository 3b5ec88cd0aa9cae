package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;

/** What a reader made of a file: the entries it could read and the problems of the others, in file order. */
public record Reading(List<ReadEntry> entries, List<EntryProblem> problems) {

    public Reading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty() && !entries.isEmpty();
    }
}
