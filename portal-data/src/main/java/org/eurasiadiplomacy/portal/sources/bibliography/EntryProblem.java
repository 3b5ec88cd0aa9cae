package org.eurasiadiplomacy.portal.sources.bibliography;

import java.io.Serializable;

/**
 * Why an entry cannot be imported, at the line it starts on. {@code detail} is the offending text or the
 * parser's or validator's own words; the page puts the localized {@link Kind} in front of it.
 */
public record EntryProblem(int line, String key, Kind kind, String detail) implements Serializable {

    public enum Kind {
        /** The entry is not well-formed. */
        SYNTAX,
        /** An entry type the portal has no source type for. */
        UNKNOWN_TYPE,
        /** A year, month or day that is no date. */
        BAD_DATE,
        /** The file has no entry at all. */
        EMPTY,
        /** Read, but the model refuses it (Bean Validation). */
        INVALID,
        /** The same URL or title and year as a stored source or an earlier entry. */
        DUPLICATE,
        /** BibTeX macros or a field that expand beyond the reader's bounds; nothing of the file is read. */
        TOO_LARGE,
        /** JSON nested deeper than a bibliography ever is; nothing of the file is read. */
        TOO_DEEP,
        /** Not a text file (a PDF, an image, a word processor's file); nothing of the file is read. */
        NOT_TEXT,
        /** No entry of the chosen format, but the file looks like another one, named in the detail. */
        OTHER_FORMAT,
        /** A format the portal does not read (named in the detail); the fix is an export in one it reads. */
        UNREAD_FORMAT
    }
}
