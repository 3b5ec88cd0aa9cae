package org.eurasiadiplomacy.portal.sources;

import org.eurasiadiplomacy.portal.record.RecordStatus;

/** One line of the staff source list: enough to find and open a source, read in one query. */
public record SourceRow(long id, SourceType type, String title, String titleEn, Integer year, RecordStatus status,
        long citations) {
}
