package org.eurasiadiplomacy.portal.overview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/** Published record counts by kind. */
public record KeyFigures(Map<RecordKind, Long> counts) {

    /** A kind's count as the home page shows it, under the kind's figure label ({@code figures.<key>}). */
    public record Figure(RecordKind kind, String key, long count) {
    }

    public KeyFigures {
        counts = Map.copyOf(counts);
    }

    /** Counts keyed by the discriminator values of the record table; a kind without records counts 0. */
    static KeyFigures from(Map<String, Long> byType) {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            counts.put(kind, byType.getOrDefault(kind.discriminator(), 0L));
        }
        return new KeyFigures(counts);
    }

    public long count(RecordKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** The figures of the home page: every kind in the menu that declares one, in menu order. */
    public List<Figure> shown() {
        return RecordKind.inMenu().stream()
                .flatMap(kind -> kind.figure().map(key -> new Figure(kind, key, count(kind))).stream())
                .toList();
    }
}
