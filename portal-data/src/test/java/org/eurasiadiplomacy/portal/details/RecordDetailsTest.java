package org.eurasiadiplomacy.portal.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Detail pages' data for every kind of record, on the article's data as Flyway loads it into an H2 file. */
class RecordDetailsTest {

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    private static Optional<RecordDetail> find(RecordKind kind, long id) {
        return article.get().inTransaction(em -> new DetailReader(em).find(kind, id));
    }

    private static RecordDetail get(RecordKind kind, long id) {
        return find(kind, id).orElseThrow(() -> new AssertionError(kind + " " + id + " not found"));
    }

    private static Value field(RecordDetail detail, String name) {
        return detail.fields().stream().filter(f -> f.name().equals(name)).map(DetailField::value).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + detail.fields()));
    }

    private static List<RelatedGroup.Item> related(RecordDetail detail, String name) {
        return detail.related().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no related " + name + " in " + detail.related())).items();
    }

    private static List<Long> ids(List<RelatedGroup.Item> items) {
        return items.stream().map(item -> item.link().id()).toList();
    }

    private static List<Long> linkIds(Value value) {
        return ((Value.Links) value).links().stream().map(RecordLink::id).toList();
    }

    private static List<String> labels(RecordDetail detail) {
        return detail.citations().stream().map(CitationMark::label).toList();
    }

    @Test
    void aCountryWithItsPeopleVisitsOdaFiguresAndMemberships() {
        RecordDetail uzbekistan = get(RecordKind.COUNTRY, 1002);

        assertEquals(LocalizedText.of("烏茲別克", "Uzbekistan"), uzbekistan.title());
        assertEquals(new Value.Text("UZB"), field(uzbekistan, "code"));
        assertEquals(new Value.Choice("Region", "CENTRAL_ASIA"), field(uzbekistan, "region"));
        assertEquals(9, related(uzbekistan, "odaFigures").size(), "Table 2: nine years for each recipient");
        assertTrue(ids(related(uzbekistan, "memberships")).contains(1200L), "member of Central Asia plus Japan");
        assertEquals(new Value.Choice("MemberRole", "MEMBER"), related(uzbekistan, "memberships").get(0).qualifier());
        assertTrue(ids(related(uzbekistan, "visitsTo")).contains(1402L), "Kawaguchi's 2004 visit");
        assertTrue(ids(related(uzbekistan, "meetingsHosted")).contains(1302L), "Tashkent, third meeting");
        NoteView trillion = uzbekistan.notes().stream().filter(n -> n.id() == 2201).findFirst().orElseThrow();
        assertTrue(trillion.quotedText().contains("1.6兆美元"), "the article's words as printed");
        assertEquals(List.of("27", "表二"), trillion.citations().stream().map(CitationMark::label).toList(),
                "where the oddity stands: footnote 27 and Table 2's note");
        assertTrue(related(get(RecordKind.COUNTRY, 1000), "people").size() > 5, "Japan's people");
    }

    @Test
    void aPersonWithNamesInThreeFormsOfficesAndVisits() {
        RecordDetail abe = get(RecordKind.PERSON, 1106);

        assertEquals("安倍晋三", abe.original());
        assertEquals(new Value.Text("安倍晋三"), field(abe, "nameOriginal"));
        assertEquals(new Value.Text("安倍晉三"), field(abe, "nameZh"));
        assertEquals(new Value.Text("Abe Shinzō"), field(abe, "nameEn"));
        assertEquals(List.of(1000L), linkIds(field(abe, "country")));
        Value.Offices offices = (Value.Offices) field(abe, "offices");
        assertEquals("首相（第一任期）", offices.offices().get(0).title().getZh());
        assertEquals(List.of(1410L, 1412L, 1416L), ids(related(abe, "visits")));
        assertEquals(LocalizedText.of("安倍晉三 → 非洲", "Abe Shinzō → Africa"), related(abe, "visits").get(0).link().label());

        RecordDetail kawaguchi = get(RecordKind.PERSON, 1103);
        assertEquals("2004", ((Value.Offices) field(kawaguchi, "offices")).offices().get(0).years());
    }

    @Test
    void aFrameworkWithItsMembersMeetingsAndProposer() {
        RecordDetail dialogue = get(RecordKind.INITIATIVE, 1200);

        assertEquals("「中央アジア＋日本」対話", dialogue.original());
        assertEquals(List.of(1000L), linkIds(field(dialogue, "proposerCountry")));
        assertEquals(List.of(1103L), linkIds(field(dialogue, "proposerPerson")));
        assertEquals(new Value.Date(PartialDate.of(2004, 8)), field(dialogue, "proposed"));
        assertEquals(new Value.Choice("BriRelation", "PREDATES_BRI"), field(dialogue, "briRelation"));
        assertEquals(List.of(1300L, 1301L, 1302L, 1303L, 1304L, 1305L, 1306L), ids(related(dialogue, "meetings")));
        assertEquals(PartialDate.ofYear(2004), related(dialogue, "meetings").get(0).date());
        assertTrue(ids(related(dialogue, "members")).containsAll(List.of(1000L, 1001L, 1002L, 1003L, 1004L)));
        assertFalse(dialogue.citations().isEmpty(), "footnotes support the framework");
    }

    @Test
    void aMeetingNamedByItsFrameworkAndNumber() {
        RecordDetail third = get(RecordKind.MEETING, 1302);

        assertEquals("Central Asia plus Japan dialogue, meeting 3", third.title().getEn());
        assertEquals("中亞 + 日本 第 3 次會議", third.title().getZh());
        assertEquals(List.of(1200L), linkIds(field(third, "initiative")));
        assertEquals(List.of(1002L), linkIds(field(third, "hostCountry")));
        assertEquals(new Value.Localized(LocalizedText.of("塔什干", "Tashkent")), field(third, "city"));
        assertEquals(new Value.Date(PartialDate.ofYear(2010)), field(third, "held"));
        assertEquals(6, related(third, "otherMeetings").size());
        assertTrue(labels(third).contains("表一"), "Table 1's note supports the meetings: " + labels(third));
    }

    @Test
    void aVisitWithItsTravellerDestinationsAndOffice() {
        RecordDetail visit = get(RecordKind.VISIT, 1402);

        assertEquals(List.of(1103L), linkIds(field(visit, "person")));
        assertEquals(List.of(1000L), linkIds(field(visit, "originCountry")));
        assertEquals(4, linkIds(field(visit, "destinations")).size());
        assertEquals(new Value.Date(PartialDate.of(2004, 8)), field(visit, "date"));
        assertEquals(new Value.Choice("OfficeStatus", "SITTING"), field(visit, "officeStatus"));
        assertTrue(((Value.Localized) field(visit, "outcome")).text().getZh().startsWith("日本的提議並未招致阻力"));
    }

    @Test
    void anAgreementWithItsPartiesAndOriginalTitle() {
        RecordDetail recognition = get(RecordKind.AGREEMENT, 1500);

        assertEquals("カザフスタン共和国の独立承認", recognition.original());
        assertEquals(new Value.Date(PartialDate.of(1991, 12)), field(recognition, "date"));
        assertEquals(List.of(1000L, 1001L).stream().sorted().toList(), linkIds(field(recognition, "parties")).stream().sorted().toList());
        assertEquals(new Value.Choice("AgreementKind", "RECOGNITION"), field(recognition, "agreementKind"));
    }

    @Test
    void anOdaFigureExactlyAsPrinted() {
        RecordDetail figure = get(RecordKind.ODA_FIGURE, 1600);

        assertEquals(new BigDecimal("-1.46"), ((Value.Amount) field(figure, "amount")).amount());
        assertTrue(((Value.Amount) field(figure, "amount")).negative());
        assertEquals(new Value.Text("OECD TABLE2A"), field(figure, "dataset"));
        assertEquals(List.of(1000L), linkIds(field(figure, "donor")));
        assertEquals(List.of(1001L), linkIds(field(figure, "recipient")));
        assertEquals(8, related(figure, "sameRecipient").size());
        assertTrue(labels(figure).contains("表二"), labels(figure).toString());
    }

    @Test
    void anExerciseAndAnEventWithTheirCountries() {
        RecordDetail malabar = get(RecordKind.EXERCISE, 1700);
        assertEquals(3, linkIds(field(malabar, "participants")).size());
        assertTrue(malabar.fields().stream().noneMatch(f -> f.name().equals("date")), "the article dates no Malabar");

        RecordDetail meiji = get(RecordKind.EVENT, 1800);
        assertEquals(new Value.Date(PartialDate.ofYear(1868)), field(meiji, "date"));
        assertEquals(new Value.Choice("EventCategory", "HISTORY"), field(meiji, "eventCategory"));
        assertEquals("Meiji Restoration", meiji.title().getEn());
    }

    @Test
    void unknownIdsOtherKindsAndSourcesAreNotFound() {
        assertTrue(find(RecordKind.PERSON, 999_999).isEmpty());
        assertTrue(find(RecordKind.PERSON, 1002).isEmpty(), "a country is not a person");
        assertTrue(find(RecordKind.SOURCE, 2000).isEmpty(), "sources have a page of their own");
    }

    @Test
    void draftsAndTrashedRecordsAreNeverShownNorLinked() {
        try {
            article.get().run(em -> em.createNativeQuery("update record set status = 'DRAFT' where id = 1103").executeUpdate());
            article.get().run(em -> em.createNativeQuery("update record set deleted_at = current_timestamp where id = 1301").executeUpdate());

            assertTrue(find(RecordKind.PERSON, 1103).isEmpty(), "a draft");
            assertTrue(find(RecordKind.MEETING, 1301).isEmpty(), "in the trash");
            RecordDetail dialogue = get(RecordKind.INITIATIVE, 1200);
            assertTrue(dialogue.fields().stream().noneMatch(f -> f.name().equals("proposerPerson")), "no link to a draft");
            assertFalse(ids(related(dialogue, "meetings")).contains(1301L));
            assertTrue(ids(related(get(RecordKind.COUNTRY, 1000), "people")).stream().noneMatch(id -> id == 1103L));
        } finally {
            article.get().run(em -> em.createNativeQuery("update record set status = 'PUBLISHED', deleted_at = null where id in (1103, 1301)")
                    .executeUpdate());
        }
    }

    @Test
    void aRecordCostsAFixedNumberOfStatementsWhateverItRelatesTo() {
        Statistics statistics = article.get().factory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            // kind, row, one per relation, citations, notes (and the notes' citations when there are notes):
            // two records of a kind with very different relations
            Map<RecordKind, long[]> pairs = Map.of(
                    RecordKind.COUNTRY, new long[] {1000, 1015},
                    RecordKind.PERSON, new long[] {1106, 1113},
                    RecordKind.INITIATIVE, new long[] {1200, 1204},
                    RecordKind.MEETING, new long[] {1300, 1307},
                    RecordKind.VISIT, new long[] {1400, 1410},
                    RecordKind.AGREEMENT, new long[] {1500, 1503},
                    RecordKind.ODA_FIGURE, new long[] {1600, 1644},
                    RecordKind.EXERCISE, new long[] {1700, 1706},
                    RecordKind.EVENT, new long[] {1800, 1802});
            Map<RecordKind, Integer> expected = Map.of(RecordKind.COUNTRY, 14, RecordKind.PERSON, 7,
                    RecordKind.INITIATIVE, 7, RecordKind.MEETING, 5, RecordKind.VISIT, 5, RecordKind.AGREEMENT, 5,
                    RecordKind.ODA_FIGURE, 5, RecordKind.EXERCISE, 5, RecordKind.EVENT, 5);
            pairs.forEach((kind, records) -> {
                for (long id : records) {
                    statistics.clear();
                    RecordDetail detail = get(kind, id);
                    int withNotes = detail.notes().isEmpty() ? 0 : 1;
                    assertEquals(expected.get(kind) + withNotes, (int) statistics.getPrepareStatementCount(), kind + " " + id);
                    assertEquals(0, statistics.getEntityLoadCount(), "no entity is loaded");
                }
            });
            statistics.clear();
            find(RecordKind.PERSON, 999_999);
            assertEquals(1, statistics.getPrepareStatementCount(), "an unknown id costs one statement");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
