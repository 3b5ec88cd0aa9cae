package org.eurasiadiplomacy.portal.details;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record a reader can open on a page of its own: the discriminator value in the record table and
 * the page that shows one record ({@code /<page>.xhtml?id=N}), the portal's URL convention.
 */
public enum RecordKind {
    COUNTRY("COUNTRY", "country"),
    PERSON("PERSON", "person"),
    INITIATIVE("INITIATIVE", "initiative"),
    MEETING("MEETING", "meeting"),
    VISIT("VISIT", "visit"),
    AGREEMENT("AGREEMENT", "agreement"),
    ODA_FIGURE("ODA", "oda-figure"),
    EXERCISE("EXERCISE", "exercise"),
    EVENT("EVENT", "event"),
    SOURCE("SOURCE", "source"),
    CITATION("CITATION", "citation");

    private final String recordType;
    private final String page;

    RecordKind(String recordType, String page) {
        this.recordType = recordType;
        this.page = page;
    }

    public String recordType() {
        return recordType;
    }

    /** The page name without extension, as in {@code /oda-figure.xhtml}. */
    public String page() {
        return page;
    }

    public String path(long id) {
        return "/" + page + ".xhtml?id=" + id;
    }

    public static Optional<RecordKind> ofPage(String page) {
        return Arrays.stream(values()).filter(kind -> kind.page.equals(page)).findFirst();
    }

    public static Optional<RecordKind> ofRecordType(String recordType) {
        return Arrays.stream(values()).filter(kind -> kind.recordType.equals(recordType)).findFirst();
    }
}
