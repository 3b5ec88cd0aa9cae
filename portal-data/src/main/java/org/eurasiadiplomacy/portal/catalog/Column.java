package org.eurasiadiplomacy.portal.catalog;

/** One named value of a listed record: a field of the record's own row, or a multi-valued relation. */
public sealed interface Column permits Field, Relation {

    /** The stable name readers see, in camelCase: {@code amountUsdMillions}, {@code citationIds}. */
    String name();
}
