package org.eurasiadiplomacy.portal.timeline;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.details.RecordKind;

/**
 * What the timeline shows: some kinds of dated record (none chosen means all), optionally only the events of one
 * category (which leaves out every other kind, as only events have a category).
 */
public record TimelineFilter(Set<RecordKind> kinds, EventCategory category) {

    /** The kinds of record that carry a date and so appear on the timeline. */
    public static final Set<RecordKind> DATED = EnumSet.of(RecordKind.EVENT, RecordKind.MEETING, RecordKind.VISIT,
            RecordKind.AGREEMENT, RecordKind.INITIATIVE);

    public TimelineFilter {
        if (kinds.stream().anyMatch(kind -> !DATED.contains(kind))) {
            throw new IllegalArgumentException("Not on the timeline: " + kinds);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(Set.of(), null);
    }

    public Optional<EventCategory> eventCategory() {
        return Optional.ofNullable(category);
    }

    boolean shows(RecordKind kind) {
        return (kinds.isEmpty() || kinds.contains(kind)) && (category == null || kind == RecordKind.EVENT);
    }
}
