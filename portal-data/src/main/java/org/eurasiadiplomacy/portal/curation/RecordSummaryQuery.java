package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;

/**
 * The administrators' list in one query: every kind's table joined on the record, and a label in each language
 * made from what names a record of that kind, as its descriptor declares it ({@link RecordKind#summaryLabel}).
 * Portable SQL (H2 and PostgreSQL).
 */
final class RecordSummaryQuery {

    static final String SELECT = "select r.id as id, r.record_type as kind, r.status as status,"
            + " r.modified_at as modified_at, r.deleted_at as deleted_at, r.version as version, "
            + label("zh") + " as label_zh, " + label("en") + " as label_en from record r"
            + Arrays.stream(RecordKind.values()).map(kind -> kind.summaryLabel().join()).collect(Collectors.joining());

    /** The label of the record's own kind: each kind's label counts only on the rows of that kind. */
    private static String label(String language) {
        return Arrays.stream(RecordKind.values())
                .map(kind -> "case when r.record_type = '" + kind.discriminator() + "' then "
                        + kind.summaryLabel().label(language) + " end")
                .collect(Collectors.joining(", ", "coalesce(", ")"));
    }

    private RecordSummaryQuery() {
    }

    static RecordSummary summary(Tuple row) {
        return new RecordSummary(
                ((Number) row.get("id")).longValue(),
                RecordKind.ofDiscriminator((String) row.get("kind")).orElseThrow(),
                (String) row.get("label_zh"),
                (String) row.get("label_en"),
                RecordStatus.valueOf((String) row.get("status")),
                instant(row.get("modified_at")),
                instant(row.get("deleted_at")),
                ((Number) row.get("version")).longValue());
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
