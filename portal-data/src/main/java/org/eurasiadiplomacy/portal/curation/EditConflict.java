package org.eurasiadiplomacy.portal.curation;

/**
 * Someone saved the record after this editor opened it. Nothing was saved: the page shows the saved version
 * beside the editor's own and lets them choose (save theirs over the new version, or take the saved one).
 */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public EditConflict(long id) {
        super("Record " + id + " was changed by someone else since it was opened");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
