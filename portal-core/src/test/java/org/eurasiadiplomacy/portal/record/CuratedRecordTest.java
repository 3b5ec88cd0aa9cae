package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.CitationKind;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

class CuratedRecordTest {

    private static TimelineEvent event() {
        return new TimelineEvent(PartialDate.ofYear(2018), LocalizedText.of("事件", "Event"), EventCategory.DIPLOMACY);
    }

    @Test
    void aRecordWithoutSupportRefusesToBePublishedAndStaysADraft() {
        TimelineEvent event = event();
        assertFalse(event.isSupported());
        assertThrows(UnsupportedRecord.class, event::publish);
        assertEquals(RecordStatus.DRAFT, event.getStatus());
        assertFalse(event.isPublished());
    }

    @Test
    void aSupportedRecordIsPublished() {
        TimelineEvent event = event();
        event.cite(Citation.note("*", CitationKind.TABLE_NOTE, "printed", List.of()));
        assertTrue(event.isSupported());
        event.publish();
        assertTrue(event.isPublished());
    }
}
