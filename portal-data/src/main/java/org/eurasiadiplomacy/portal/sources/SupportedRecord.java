package org.eurasiadiplomacy.portal.sources;

import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * A published record that a source supports: one of the records its citing footnotes support.
 *
 * @param kind the record's type as stored ({@code MEETING}, {@code ODA} …)
 * @param name what the record is called: a name or title, a meeting's framework, a visitor, an ODA recipient
 * @param year the record's year, if it is dated
 * @param ordinal a meeting's number, else null
 */
public record SupportedRecord(long id, String kind, LocalizedText name, Integer year, Integer ordinal) {
}
