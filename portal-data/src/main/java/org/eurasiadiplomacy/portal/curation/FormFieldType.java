package org.eurasiadiplomacy.portal.curation;

/** How a field of a record is edited: the web layer picks one input per type, the codec one conversion. */
public enum FormFieldType {
    /** One line of text. */
    TEXT,
    /** A paragraph of text. */
    LONG_TEXT,
    /** Text in Traditional Chinese and English (two inputs, keys {@code name.zh} and {@code name.en}). */
    LOCALIZED,
    /** A paragraph in both languages. */
    LOCALIZED_LONG,
    /** A year, a year and month, or a full date, as the article gives it: {@code 2013}, {@code 2013-09}. */
    PARTIAL_DATE,
    /** One constant of an enum. */
    ENUM,
    /** Whole number. */
    INTEGER,
    /** An exact decimal, never a floating-point number. */
    DECIMAL,
    BOOLEAN,
    /** One country, by id. */
    COUNTRY,
    /** Any number of countries, by id. */
    COUNTRIES,
    /** One record of the field's target kind, by id. */
    RECORD,
    /** The footnotes that support a curated record, by id. */
    CITATIONS,
    /**
     * A list of rows, edited row by row: values the record embeds, each with the parts its field names (a
     * person's offices), or records of the field's target kind in order (a footnote's sources).
     */
    ROWS;

    public boolean isLocalized() {
        return this == LOCALIZED || this == LOCALIZED_LONG;
    }

    public boolean isMultiple() {
        return this == COUNTRIES || this == CITATIONS;
    }
}
