package org.eurasiadiplomacy.portal.timeline;

import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** One dated record on the timeline; {@code category} is set for timeline events only. */
public record TimelineEntry(RecordKind kind, long id, PartialDate date, LocalizedText title, EventCategory category) {

    public String path() {
        return kind.path(id);
    }
}
