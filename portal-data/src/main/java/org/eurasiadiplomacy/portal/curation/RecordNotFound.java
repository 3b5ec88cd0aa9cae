package org.eurasiadiplomacy.portal.curation;

/** No curated record has this id (or it is not of a kind administrators curate here). */
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(long id) {
        super("No curated record " + id);
    }
}
