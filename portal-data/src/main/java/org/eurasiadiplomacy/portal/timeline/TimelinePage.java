package org.eurasiadiplomacy.portal.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of the timeline in date order, with the total it was cut from. */
public record TimelinePage(List<TimelineEntry> entries, long total, int page, int pageSize) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The entries grouped under their year, in order. */
    public List<Year> years() {
        Map<Integer, List<TimelineEntry>> byYear = new LinkedHashMap<>();
        entries.forEach(entry -> byYear.computeIfAbsent(entry.date().getYear(), year -> new java.util.ArrayList<>()).add(entry));
        return byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
    }

    public record Year(int year, List<TimelineEntry> entries) {
        public Year {
            entries = List.copyOf(entries);
        }
    }
}
