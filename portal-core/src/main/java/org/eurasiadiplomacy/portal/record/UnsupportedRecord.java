package org.eurasiadiplomacy.portal.record;

/**
 * A record of the article's facts was to be published without any footnote or source behind it: the public
 * would read a claim they cannot check, so {@link CuratedRecord#publish()} refuses.
 */
public class UnsupportedRecord extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Long recordId;

    public UnsupportedRecord(Long recordId) {
        super((recordId == null ? "A new record" : "Record " + recordId)
                + " has no supporting footnote or source and cannot be published");
        this.recordId = recordId;
    }

    public Long recordId() {
        return recordId;
    }
}
