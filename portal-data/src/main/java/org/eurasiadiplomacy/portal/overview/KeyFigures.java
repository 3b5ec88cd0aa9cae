package org.eurasiadiplomacy.portal.overview;

import java.util.Map;

/** Published record counts by kind, keyed by the discriminator values of the record table. */
public record KeyFigures(long countries, long people, long initiatives, long meetings, long visits, long agreements,
        long odaFigures, long exercises, long events, long sources, long citations, long notes) {

    static KeyFigures from(Map<String, Long> byType) {
        return new KeyFigures(
                byType.getOrDefault("COUNTRY", 0L),
                byType.getOrDefault("PERSON", 0L),
                byType.getOrDefault("INITIATIVE", 0L),
                byType.getOrDefault("MEETING", 0L),
                byType.getOrDefault("VISIT", 0L),
                byType.getOrDefault("AGREEMENT", 0L),
                byType.getOrDefault("ODA", 0L),
                byType.getOrDefault("EXERCISE", 0L),
                byType.getOrDefault("EVENT", 0L),
                byType.getOrDefault("SOURCE", 0L),
                byType.getOrDefault("CITATION", 0L),
                byType.getOrDefault("NOTE", 0L));
    }
}
