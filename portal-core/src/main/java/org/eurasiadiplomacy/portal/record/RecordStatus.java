package org.eurasiadiplomacy.portal.record;

/** Drafts are seen by staff and administrators only; published records by everyone. */
public enum RecordStatus {
    PUBLISHED,
    DRAFT
}
