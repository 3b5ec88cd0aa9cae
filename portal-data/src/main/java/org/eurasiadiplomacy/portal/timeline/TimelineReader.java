package org.eurasiadiplomacy.portal.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.kinds.Dating;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * The timeline as one union of the dated kinds of record (each kind's {@link Dating}), filtered, ordered and paged
 * in the database: two statements a page (a count and the page), whatever its size. Only published records outside the trash.
 * Partial dates sort before the more precise dates of the same year or month ("2013" before "2013-09-07").
 */
public class TimelineReader {

    private final EntityManager em;

    public TimelineReader(EntityManager em) {
        this.em = em;
    }

    public TimelinePage page(TimelineFilter filter, int page, int pageSize) {
        return page(filter, page, pageSize, false);
    }

    /** A page in date order, or newest first: the same entries, the order turned round. */
    public TimelinePage page(TimelineFilter filter, int page, int pageSize, boolean newestFirst) {
        String union = union(filter);
        if (union.isEmpty()) {
            return new TimelinePage(List.of(), 0, 0, pageSize);
        }
        Query count = em.createNativeQuery("select count(*) from (" + union + ") u");
        bind(count, filter);
        long total = ((Number) count.getSingleResult()).longValue();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.max(0, Math.min(page, pages - 1));
        return new TimelinePage(entries(union, filter, newestFirst ? "desc" : "asc", current * pageSize, pageSize), total,
                current, pageSize);
    }

    /** The most recent entries, newest first. */
    public List<TimelineEntry> latest(int count) {
        TimelineFilter all = TimelineFilter.everything();
        return entries(union(all), all, "desc", 0, count);
    }

    private List<TimelineEntry> entries(String union, TimelineFilter filter, String direction, int first, int max) {
        // a year alone comes before its months, a month before its days: first going forward, last going back
        String nulls = direction.equals("asc") ? " nulls first" : " nulls last";
        Query query = em.createNativeQuery("select * from (" + union + ") u order by u.y " + direction
                + ", u.m " + direction + nulls + ", u.d " + direction + nulls + ", u.kind, u.id", Tuple.class);
        bind(query, filter);
        query.setFirstResult(first);
        query.setMaxResults(max);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            entries.add(entry((Tuple) row));
        }
        return entries;
    }

    /** One branch per dated kind the filter lets through, each naming its columns: kind, id, y, m, d, the label's parts, category. */
    private static String union(TimelineFilter filter) {
        return RecordKind.dated().stream().filter(filter::shows)
                .map(kind -> branch(kind, kind.dating().orElseThrow(), filter))
                .collect(Collectors.joining(" union all "));
    }

    private static String branch(RecordKind kind, Dating dating, TimelineFilter filter) {
        String a = dating.alias();
        String category = dating.categorySql().orElse(null);
        // nulls are typed, so any branch can come first in the union
        return "select '" + kind.discriminator() + "' as kind, " + a + ".id as id, " + a + ".date_year as y, "
                + a + ".date_month as m, " + a + ".date_day as d, " + dating.titleZh() + " as a_zh, "
                + dating.titleEn() + " as a_en, " + text(dating.detailZh()) + " as b_zh, "
                + text(dating.detailEn()) + " as b_en, "
                + (dating.number() == null ? "cast(null as integer)" : dating.number()) + " as num, "
                + (category == null ? "cast(null as varchar(30))" : "cast(" + category + " as varchar(30))")
                + " as category from " + dating.from() + published(a)
                + dating.conditionSql().map(condition -> " and " + condition).orElse("")
                + (filter.category() == null ? "" : " and " + category + " = :category");
    }

    private static String text(String sql) {
        return sql == null ? "cast(null as varchar(300))" : sql;
    }

    private static void bind(Query query, TimelineFilter filter) {
        if (filter.category() != null) {
            query.setParameter("category", filter.category().name());
        }
    }

    private static TimelineEntry entry(Tuple row) {
        RecordKind kind = RecordKind.ofDiscriminator((String) row.get("kind")).orElseThrow();
        LocalizedText title = kind.dating().orElseThrow().label().apply(new Dating.Parts(
                (String) row.get("a_zh"), (String) row.get("a_en"), (String) row.get("b_zh"), (String) row.get("b_en"),
                integer(row.get("num"))));
        PartialDate date = PartialDate.of(((Number) row.get("y")).intValue(), integer(row.get("m")), integer(row.get("d")));
        String category = (String) row.get("category");
        return new TimelineEntry(kind, ((Number) row.get("id")).longValue(), date, title,
                category == null ? null : EventCategory.valueOf(category));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** Only public records of the branch's own kind; the branches add their conditions with "and". */
    private static String published(String alias) {
        return Publication.sqlJoin(alias) + " where 1 = 1";
    }
}
