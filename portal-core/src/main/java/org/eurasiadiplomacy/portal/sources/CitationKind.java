package org.eurasiadiplomacy.portal.sources;

/** Numbered footnotes, the source notes under Tables 1 and 2, and the author's first-draft note ("*"). */
public enum CitationKind {
    FOOTNOTE,
    TABLE_NOTE,
    AUTHOR_NOTE
}
