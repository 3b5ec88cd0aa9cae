package org.eurasiadiplomacy.portal.curation;

/** Which records the administrators' list shows. Everything but the trash unless asked. */
public enum StatusFilter {
    ACTIVE,
    PUBLISHED,
    DRAFT,
    TRASH
}
