package org.eurasiadiplomacy.portal.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.eurasiadiplomacy.portal.details.RecordKind;
import org.eurasiadiplomacy.portal.details.RecordLabels;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * The timeline as one union of the dated kinds of record, filtered, ordered and paged in the database:
 * two statements a page (a count and the page), whatever its size. Only published records outside the trash.
 * Partial dates sort before the more precise dates of the same year or month ("2013" before "2013-09-07").
 */
public class TimelineReader {

    /** Each branch yields: kind, id, year, month, day, a_zh, a_en, b_zh, b_en, num, category. */
    private static final String EVENTS = "select 'EVENT' as kind, t.id, t.date_year as y, t.date_month as m, t.date_day as d,"
            + " t.title_zh as a_zh, t.title_en as a_en, cast(null as varchar(300)) as b_zh, cast(null as varchar(300)) as b_en,"
            + " cast(null as integer) as num, t.event_category as category from timeline_event t" + published("t");
    private static final String MEETINGS = "select 'MEETING', m.id, m.date_year, m.date_month, m.date_day, i.name_zh, i.name_en,"
            + " null, null, m.ordinal, null from meeting m" + Publication.sqlLeftJoin("initiative", "i", "m.initiative_id")
            + published("m");
    private static final String VISITS = "select 'VISIT', v.id, v.date_year, v.date_month, v.date_day, p.name_zh, p.name_en,"
            + " v.destination_zh, v.destination_en, null, null from visit v"
            + Publication.sqlLeftJoin("person", "p", "v.person_id") + published("v");
    private static final String AGREEMENTS = "select 'AGREEMENT', a.id, a.date_year, a.date_month, a.date_day, a.title_zh,"
            + " a.title_en, null, null, null, null from agreement a" + published("a");
    private static final String INITIATIVES = "select 'INITIATIVE', i.id, i.date_year, i.date_month, i.date_day, i.name_zh,"
            + " i.name_en, null, null, null, null from initiative i" + published("i") + " and i.date_year is not null";

    private final EntityManager em;

    public TimelineReader(EntityManager em) {
        this.em = em;
    }

    public TimelinePage page(TimelineFilter filter, int page, int pageSize) {
        String union = union(filter);
        if (union.isEmpty()) {
            return new TimelinePage(List.of(), 0, 0, pageSize);
        }
        Query count = em.createNativeQuery("select count(*) from (" + union + ") u");
        bind(count, filter);
        long total = ((Number) count.getSingleResult()).longValue();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.max(0, Math.min(page, pages - 1));
        return new TimelinePage(entries(union, filter, "asc", current * pageSize, pageSize), total, current, pageSize);
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
                + ", u.m " + direction + nulls + ", u.d " + direction + nulls + ", u.kind, u.id");
        bind(query, filter);
        query.setFirstResult(first);
        query.setMaxResults(max);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            entries.add(entry((Object[]) row));
        }
        return entries;
    }

    private static String union(TimelineFilter filter) {
        List<String> branches = new ArrayList<>();
        if (filter.shows(RecordKind.EVENT)) {
            branches.add(EVENTS + (filter.category() == null ? "" : " and t.event_category = :category"));
        }
        if (filter.shows(RecordKind.MEETING)) {
            branches.add(MEETINGS);
        }
        if (filter.shows(RecordKind.VISIT)) {
            branches.add(VISITS);
        }
        if (filter.shows(RecordKind.AGREEMENT)) {
            branches.add(AGREEMENTS);
        }
        if (filter.shows(RecordKind.INITIATIVE)) {
            branches.add(INITIATIVES);
        }
        if (!branches.isEmpty() && !branches.get(0).startsWith(EVENTS)) {
            // the first branch names and types the columns; an events branch that selects nothing does it when absent
            branches.add(0, EVENTS + " and 1 = 0");
        }
        return String.join(" union all ", branches);
    }

    private static void bind(Query query, TimelineFilter filter) {
        if (filter.category() != null) {
            query.setParameter("category", filter.category().name());
        }
    }

    private static TimelineEntry entry(Object[] row) {
        RecordKind kind = RecordKind.ofRecordType((String) row[0]).orElseThrow();
        String aZh = (String) row[5];
        String aEn = (String) row[6];
        LocalizedText title = switch (kind) {
            case MEETING -> RecordLabels.meeting(aZh, aEn, row[9]);
            case VISIT -> RecordLabels.visit(aZh, aEn, (String) row[7], (String) row[8]);
            default -> LocalizedText.of(aZh, aEn);
        };
        PartialDate date = PartialDate.of(((Number) row[2]).intValue(), integer(row[3]), integer(row[4]));
        EventCategory category = row[10] == null ? null : EventCategory.valueOf((String) row[10]);
        return new TimelineEntry(kind, ((Number) row[1]).longValue(), date, title, category);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** Only public records of the branch's own kind; the branches add their conditions with "and". */
    private static String published(String alias) {
        return Publication.sqlJoin(alias) + " where 1 = 1";
    }
}
