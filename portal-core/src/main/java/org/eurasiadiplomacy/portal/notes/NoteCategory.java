package org.eurasiadiplomacy.portal.notes;

public enum NoteCategory {
    TYPO,
    INCONSISTENCY,
    IMPLAUSIBLE_FIGURE,
    MISMATCHED_GLOSS,
    DATING,
    MALFORMED_URL,
    INCOMPLETE_CITATION,
    MODELLING
}
