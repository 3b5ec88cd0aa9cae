package org.eurasiadiplomacy.portal.timeline;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.kinds.Dating;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * What the timeline shows: some kinds of dated record (none chosen means all), optionally only the records of one
 * category (which leaves out the kinds without a category: events have one each, exercises are all security).
 */
public record TimelineFilter(Set<RecordKind> kinds, EventCategory category) {

    /** The kinds of record that carry a date and so appear on the timeline. */
    public static final Set<RecordKind> DATED = Set.copyOf(RecordKind.dated());

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

    /** A kind is shown when chosen (or when none is), and under a category only if its records have one. */
    boolean shows(RecordKind kind) {
        return (kinds.isEmpty() || kinds.contains(kind))
                && (category == null || kind.dating().flatMap(Dating::categorySql).isPresent());
    }
}
