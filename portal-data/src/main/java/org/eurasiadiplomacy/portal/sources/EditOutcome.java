package org.eurasiadiplomacy.portal.sources;

import java.io.Serializable;
import java.util.List;

/**
 * What became of a save or a delete: the page shows each case differently, and nothing else happened. Every
 * part is serializable: the editor's view keeps some of them (duplicates, citing records) in the session.
 */
public sealed interface EditOutcome extends Serializable {

    /** Stored; {@code id} is the source's. */
    record Saved(long id) implements EditOutcome {
    }

    /** The form changes nothing: nothing was written, and no revision either. */
    record Unchanged(long id) implements EditOutcome {
    }

    /** Bean Validation refused it: the messages by field, in the editor's language. */
    record Invalid(List<FieldProblem> problems) implements EditOutcome {
    }

    /** Not stored: it looks like sources already there. Saving again with the duplicates confirmed stores it. */
    record Duplicates(List<DuplicateCandidate> candidates) implements EditOutcome {
    }

    /** Not stored: someone saved the source since it was loaded; {@code theirs} is what is stored now. */
    record Conflict(SourceForm theirs) implements EditOutcome {
    }

    /** Not deleted: these notes cite the source, or these chapters are in it. */
    record InUse(List<CitingRecord> citing) implements EditOutcome {
    }

    /** Moved to the trash. */
    record Deleted(long id) implements EditOutcome {
    }

    /** The source is not there (any more). */
    record Missing(long id) implements EditOutcome {
    }

    record FieldProblem(String field, String message) implements Serializable {
    }

    record DuplicateCandidate(long id, String title, Integer year, Reason reason) implements Serializable {
        public enum Reason {
            SAME_URL,
            SAME_TITLE_AND_YEAR
        }
    }

    /** A record that refers to a source: a note that cites it, or a chapter of it. */
    record CitingRecord(long id, String label, boolean chapter) implements Serializable {
        /** The public page of a note; the editor of a chapter. */
        public String path() {
            return chapter ? "/staff/source.xhtml?id=" + id : "/citation.xhtml?id=" + id;
        }
    }
}
