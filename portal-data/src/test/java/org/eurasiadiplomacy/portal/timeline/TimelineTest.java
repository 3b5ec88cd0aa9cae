package org.eurasiadiplomacy.portal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The timeline on the article's data: every dated record from 1868 to 2020, in date order, filtered in SQL. */
class TimelineTest {

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    private static TimelinePage page(TimelineFilter filter, int page, int size) {
        return article.get().inTransaction(em -> new TimelineReader(em).page(filter, page, size));
    }

    private static List<TimelineEntry> all(TimelineFilter filter) {
        return page(filter, 0, 1000).entries();
    }

    private static long count(String sql) {
        return article.get().inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void holdsEveryDatedRecordFrom1868To2020InDateOrder() {
        List<TimelineEntry> entries = all(TimelineFilter.everything());

        long dated = count("select count(*) from timeline_event") + count("select count(*) from meeting")
                + count("select count(*) from visit") + count("select count(*) from agreement")
                + count("select count(*) from initiative where date_year is not null")
                + count("select count(*) from exercise where date_year is not null");
        assertEquals(dated, entries.size());
        assertEquals(1868, entries.get(0).date().getYear(), "the Meiji Restoration comes first");
        assertEquals(2020, entries.get(entries.size() - 1).date().getYear());
        List<PartialDate> dates = entries.stream().map(TimelineEntry::date).toList();
        List<PartialDate> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, dates, "partial dates sort before more precise ones of the same year");
        assertEquals(Set.copyOf(TimelineFilter.DATED), Set.copyOf(entries.stream().map(TimelineEntry::kind).toList()));
    }

    @Test
    void newestFirstIsTheSameEntriesTurnedRound() {
        List<TimelineEntry> oldest = all(TimelineFilter.everything());
        List<TimelineEntry> newest = article.get().inTransaction(em -> new TimelineReader(em)
                .page(TimelineFilter.everything(), 0, 1000, true)).entries();

        assertEquals(oldest.size(), newest.size());
        List<PartialDate> dates = newest.stream().map(TimelineEntry::date).toList();
        List<PartialDate> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first, a precise date before the partial ones of its year");
        assertEquals(2020, newest.get(0).date().getYear());
        assertEquals(1868, newest.get(newest.size() - 1).date().getYear());
    }

    @Test
    void theDatedExercisesAreOnTheTimelineByTheirName() {
        List<TimelineEntry> exercises = all(new TimelineFilter(Set.of(RecordKind.EXERCISE), null));

        assertEquals(List.of(1704L, 1705L, 1706L), exercises.stream().map(TimelineEntry::id).toList(),
                "the three exercises the article dates, and none of the recurring ones");
        assertEquals("Japan–India joint naval exercise", exercises.get(0).title().getEn());
        assertEquals(PartialDate.ofYear(2018), exercises.get(0).date());
        assertEquals("/exercise.xhtml?id=1704", exercises.get(0).path());
        assertTrue(exercises.stream().allMatch(e -> e.category() == EventCategory.SECURITY));
        assertTrue(all(new TimelineFilter(Set.of(RecordKind.EXERCISE), EventCategory.HISTORY)).isEmpty());
    }

    @Test
    void keepsPartialDatesAsTheArticleGivesThem() {
        List<TimelineEntry> entries = all(TimelineFilter.everything());

        TimelineEntry kawaguchi = entries.stream().filter(e -> e.id() == 1402).findFirst().orElseThrow();
        assertEquals(PartialDate.of(2004, 8), kawaguchi.date());
        assertEquals("/visit.xhtml?id=1402", kawaguchi.path());
        TimelineEntry meiji = entries.stream().filter(e -> e.id() == 1800).findFirst().orElseThrow();
        assertEquals(PartialDate.ofYear(1868), meiji.date());
        assertEquals(EventCategory.HISTORY, meiji.category());
    }

    @Test
    void filtersByKindAndByEventCategory() {
        List<TimelineEntry> meetings = all(new TimelineFilter(Set.of(RecordKind.MEETING), null));
        assertEquals(count("select count(*) from meeting"), meetings.size());
        assertEquals("Central Asia plus Japan dialogue, meeting 1", meetings.get(0).title().getEn());

        List<TimelineEntry> security = all(new TimelineFilter(Set.of(), EventCategory.SECURITY));
        assertEquals(count("select count(*) from timeline_event where event_category = 'SECURITY'")
                + count("select count(*) from exercise where date_year is not null"), security.size(),
                "the security events and the dated exercises, which are all about security");
        assertTrue(security.stream().allMatch(e -> (e.kind() == RecordKind.EVENT || e.kind() == RecordKind.EXERCISE)
                && e.category() == EventCategory.SECURITY));

        List<TimelineEntry> two = all(new TimelineFilter(Set.of(RecordKind.VISIT, RecordKind.AGREEMENT), null));
        assertEquals(count("select count(*) from visit") + count("select count(*) from agreement"), two.size());

        assertTrue(all(new TimelineFilter(Set.of(RecordKind.VISIT), EventCategory.SECURITY)).isEmpty(),
                "a category leaves out the kinds without one");
        assertThrows(IllegalArgumentException.class, () -> new TimelineFilter(Set.of(RecordKind.COUNTRY), null));
    }

    @Test
    void pagesCostTwoStatementsWhateverTheirSize() {
        Statistics statistics = article.get().factory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            TimelinePage first = page(TimelineFilter.everything(), 0, 10);
            assertEquals(2, statistics.getPrepareStatementCount());
            statistics.clear();
            TimelinePage big = page(TimelineFilter.everything(), 0, 100);
            assertEquals(2, statistics.getPrepareStatementCount());

            assertEquals(10, first.entries().size());
            assertEquals(first.entries(), big.entries().subList(0, 10));
            assertEquals(first.total(), big.total());
            TimelinePage beyond = page(TimelineFilter.everything(), 999, 10);
            assertEquals(first.pageCount() - 1, beyond.page(), "a page past the end gives the last page");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theLatestEntriesComeNewestFirst() {
        List<TimelineEntry> latest = article.get().inTransaction(em -> new TimelineReader(em).latest(5));

        assertEquals(5, latest.size());
        assertEquals(2020, latest.get(0).date().getYear());
        for (int i = 1; i < latest.size(); i++) {
            assertTrue(latest.get(i - 1).date().compareTo(latest.get(i).date()) >= 0);
        }
    }
}
