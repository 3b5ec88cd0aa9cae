package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.RecordStatus;

/**
 * The administrators' list in one query: every kind's table joined on the record, and a label in each language
 * made from what names a record of that kind (a meeting by its framework and number, a figure by its countries
 * and year, a source by its title: original, or English where it has one). Portable SQL (H2 and PostgreSQL).
 */
final class RecordSummaryQuery {

    private static final String LABEL = """
            coalesce(
              case when r.record_type = 'COUNTRY' then c.code || ' ' || c.name_L end,
              p.name_L, i.name_L,
              case when r.record_type = 'MEETING' then mi.name_L || ' #' || m.ordinal end,
              case when r.record_type = 'VISIT' then vp.name_L || ' ' || v.date_year end,
              ag.title_L,
              case when r.record_type = 'ODA' then od.code || ' > ' || orc.code || ' ' || o.aid_year end,
              ex.name_L, te.title_L,
              case when r.record_type = 'CITATION' then '[' || ci.label || '] ' || substring(ci.printed_text, 1, 60) end,
              substring(n.quoted_text, 1, 80),
              substring(s.title_L, 1, 80))""";

    static final String SELECT = "select r.id as id, r.record_type as kind, r.status as status,"
            + " r.modified_at as modified_at, r.deleted_at as deleted_at, r.version as version, "
            + LABEL.replace("_L", "_zh") + " as label_zh, " + LABEL.replace("_L", "_en") + " as label_en"
            + """
             from record r
              left join country c on c.id = r.id
              left join person p on p.id = r.id
              left join initiative i on i.id = r.id
              left join meeting m on m.id = r.id
              left join initiative mi on mi.id = m.initiative_id
              left join visit v on v.id = r.id
              left join person vp on vp.id = v.person_id
              left join agreement ag on ag.id = r.id
              left join oda_figure o on o.id = r.id
              left join country od on od.id = o.donor_id
              left join country orc on orc.id = o.recipient_id
              left join exercise ex on ex.id = r.id
              left join timeline_event te on te.id = r.id
              left join citation ci on ci.id = r.id
              left join curator_note n on n.id = r.id
              left join (select id, title as title_zh, coalesce(title_en, title) as title_en from source) s
                on s.id = r.id
            """;

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
