package org.eurasiadiplomacy.portal.sources;

/** The kinds of bibliographic item the article cites. */
public enum SourceType {
    BOOK,
    BOOK_CHAPTER,
    EDITED_BOOK,
    JOURNAL_ARTICLE,
    MAGAZINE_ARTICLE,
    NEWSPAPER_ARTICLE,
    WEB_PAGE,
    OFFICIAL_DOCUMENT,
    DATASET,
    /**
     * What fits no other type (BibLaTeX's @misc without an address, RIS GEN, CSL document, a film, a
     * broadcast, a made-up entry type): reference managers keep such entries, so the portal does too.
     */
    OTHER;

    /** Articles stand in a journal, magazine or paper; a chapter in a book. */
    public boolean isContained() {
        return this == BOOK_CHAPTER || this == JOURNAL_ARTICLE || this == MAGAZINE_ARTICLE
                || this == NEWSPAPER_ARTICLE;
    }

    /** Read online, so cited with the date the URL was read: web pages, papers, documents and data. */
    public boolean isReadOnline() {
        return this == WEB_PAGE || this == NEWSPAPER_ARTICLE || this == MAGAZINE_ARTICLE
                || this == OFFICIAL_DOCUMENT || this == DATASET;
    }

    /** Books are cited with a publisher. */
    public boolean isPublishedVolume() {
        return this == BOOK || this == EDITED_BOOK;
    }
}
