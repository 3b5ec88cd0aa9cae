package org.eurasiadiplomacy.portal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eurasiadiplomacy.portal.agreements.Agreement;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.exercises.Exercise;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.initiatives.MemberRole;
import org.eurasiadiplomacy.portal.initiatives.Membership;
import org.eurasiadiplomacy.portal.meetings.Meeting;
import org.eurasiadiplomacy.portal.notes.CuratorNote;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.eurasiadiplomacy.portal.sources.Source;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.testing.ArticleDatabase;
import org.eurasiadiplomacy.portal.timeline.TimelineEvent;
import org.eurasiadiplomacy.portal.visits.Visit;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The article's data read back through the JPA mapping: the entities, their value objects and relations
 * are what the migrations meant. (ArticleDataTest checks the same data cell by cell with plain JDBC.)
 */
class ArticleModelTest {

    @RegisterExtension
    static final ArticleDatabase article = new ArticleDatabase();

    @Test
    void tableOneIsTheSevenForeignMinistersMeetingsOfCentralAsiaPlusJapan() {
        List<String> rows = article.get().inTransaction(em -> em.createQuery("""
                select m from Meeting m join fetch m.initiative i join fetch m.country
                where i.name.en = 'Central Asia plus Japan dialogue' order by m.ordinal""", Meeting.class)
                .getResultList().stream()
                .map(m -> m.getOrdinal() + " " + m.getHeld() + " " + m.getCity().orElseThrow().getZh()
                        + " " + m.getCountry().getCode() + " " + m.getLevel())
                .toList());

        assertEquals(List.of(
                "1 2004 阿斯塔納 KAZ FOREIGN_MINISTERS",
                "2 2006 東京 JPN FOREIGN_MINISTERS",
                "3 2010 塔什干 UZB FOREIGN_MINISTERS",
                "4 2012 東京 JPN FOREIGN_MINISTERS",
                "5 2014 比什凱克 KGZ FOREIGN_MINISTERS",
                "6 2017 阿什哈巴德 TKM FOREIGN_MINISTERS",
                "7 2019 杜尚別 TJK FOREIGN_MINISTERS"), rows);
    }

    @Test
    void odaAmountsAreExactDecimalsAsPrinted() {
        article.get().run(em -> {
            assertEquals(new BigDecimal("-5.8"), oda(em, "KAZ", 2013).getAmountUsdMillions());
            assertEquals(new BigDecimal("248.67"), oda(em, "UZB", 2017).getAmountUsdMillions());
            assertEquals(new BigDecimal("-0.02"), oda(em, "TKM", 2017).getAmountUsdMillions());
            assertEquals("JPN", oda(em, "KGZ", 2010).getDonor().getCode());
            BigDecimal tajikistan = em.createQuery("""
                    select sum(o.amountUsdMillions) from OdaFigure o where o.recipient.code = 'TJK'""",
                    BigDecimal.class).getSingleResult();
            // 34.86+26.39+24.68+24.47+23.04+19.52+30.48+24.45+37.89, summed exactly by the database
            assertEquals(0, new BigDecimal("245.78").compareTo(tajikistan));
        });
    }

    @Test
    void ibidFootnotesCiteTheSourcesOfTheFootnoteBefore() {
        article.get().run(em -> {
            for (int ibid : List.of(11, 19, 36)) {
                Citation repeat = footnote(em, ibid);
                Citation previous = footnote(em, ibid - 1);
                assertTrue(repeat.isIbid(), "footnote " + ibid + " is an ibid");
                assertEquals(previous.getSources(), repeat.getSources(), "footnote " + ibid);
            }
            assertFalse(footnote(em, 10).isIbid());
        });
    }

    @Test
    void footnoteSevenCitesCooleyThenBlank() {
        List<String> titles = article.get().inTransaction(em -> footnote(em, 7).getSources().stream().map(Source::getTitle).toList());

        assertEquals(2, titles.size());
        assertTrue(titles.get(0).contains("The New Great Game in Central Asia: Geopolitics in a Post-Western World"));
        assertTrue(titles.get(1).contains("Whither the New Great Game in Central Asia?"));
    }

    @Test
    void theEditedBookOfFootnotesTwelveAndThirteenExistsOnce() {
        article.get().run(em -> {
            Source lenChapter = footnote(em, 12).getSources().get(0);
            Source kawatoChapter = footnote(em, 13).getSources().get(0);
            Source book = lenChapter.getParent().orElseThrow();

            assertSame(book, kawatoChapter.getParent().orElseThrow(), "one book, the same entity");
            assertEquals(SourceType.BOOK_CHAPTER, lenChapter.getType());
            assertEquals(SourceType.EDITED_BOOK, book.getType());
            assertTrue(book.getTitle().contains("Silk Road Diplomacy: Paving the Road Ahead"));
            assertTrue(book.isEtAl());
            assertEquals(1L, em.createQuery("select count(s) from Source s where s.title like '%Paving the Road Ahead%'",
                    Long.class).getSingleResult());
        });
    }

    @Test
    void everyCuratedRecordCitesAtLeastOneFootnote() {
        List<String> uncited = article.get().inTransaction(em -> {
            List<String> found = new ArrayList<>();
            for (Class<? extends CuratedRecord> kind : List.of(Country.class, Person.class, Initiative.class,
                    Meeting.class, Visit.class, Agreement.class, OdaFigure.class, Exercise.class, TimelineEvent.class,
                    CuratorNote.class)) {
                em.createQuery("select r from " + kind.getSimpleName() + " r where r.citations is empty", kind)
                        .getResultList().forEach(r -> found.add(r.toString()));
            }
            return found;
        });
        assertTrue(uncited.isEmpty(), "records without a supporting footnote: " + uncited);
    }

    @Test
    void curatorNotesKeepTheArticlesWordsAndPointAtARecord() {
        article.get().run(em -> {
            List<CuratorNote> notes = em.createQuery("select n from CuratorNote n join fetch n.target", CuratorNote.class)
                    .getResultList();
            assertTrue(notes.size() >= 10, "the curator notes of the issue and more: " + notes.size());
            assertTrue(notes.stream().anyMatch(n -> n.getQuotedText().contains("高板正堯")), "fn 1's misspelt author");
            assertTrue(notes.stream().anyMatch(n -> n.getQuotedText().contains("1.6兆美元")), "the 1.6 trillion claim");
            assertTrue(notes.stream().anyMatch(n -> n.getQuotedText().contains("國際協力機構")), "JICA glossed as JBIC");
            assertTrue(notes.stream().anyMatch(n -> n.getQuotedText().contains("2015 年 11 月 21－22 日")),
                    "the first-draft date");
            for (CuratorNote note : notes) {
                Record target = note.getTarget();
                assertFalse(target instanceof CuratorNote);
                assertFalse(note.getNote().in(Locale.TAIWAN).isBlank());
                assertFalse(note.getNote().in(Locale.ENGLISH).isBlank());
            }
        });
    }

    @Test
    void turkmenistanTakesPartInCentralAsiaPlusJapanAsAnObserver() {
        List<String> members = article.get().inTransaction(em -> em.createQuery(
                "select i from Initiative i where i.name.en = 'Central Asia plus Japan dialogue'", Initiative.class)
                .getSingleResult().getMembers().stream()
                .map(m -> m.getCountry().getCode() + ":" + m.getRole())
                .sorted().toList());

        assertEquals(List.of("JPN:MEMBER", "KAZ:MEMBER", "KGZ:MEMBER", "TJK:MEMBER", "TKM:OBSERVER", "UZB:MEMBER"),
                members);
    }

    @Test
    void peopleKeepTheirOfficesInOrder() {
        article.get().run(em -> {
            Person aso = em.createQuery("select p from Person p where p.nameOriginal = '麻生太郎'", Person.class)
                    .getSingleResult();
            assertEquals("Director-General of the Economic Planning Agency", aso.getOffices().get(0).getTitle().getEn());
            assertEquals(1997, aso.getOffices().get(0).getYearFrom());
            assertTrue(aso.getOffices().stream().anyMatch(o -> o.getTitle().getEn().contains("Deputy Prime Minister")));
        });
    }

    @Test
    void theLoadedDataSatisfiesTheModelsOwnValidation() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        List<String> violations = article.get().inTransaction(em -> em.createQuery("select r from Record r", Record.class)
                .getResultList().stream()
                .map(Hibernate::unproxy) // a lazy reference met earlier is a proxy whose fields are not loaded
                .flatMap(r -> validator.validate(r).stream().map(v -> r + "." + v.getPropertyPath() + " " + v.getMessage()))
                .toList());
        assertTrue(violations.isEmpty(), "invalid records: " + violations);
    }

    private static OdaFigure oda(EntityManager em, String recipient, int year) {
        return em.createQuery("select o from OdaFigure o where o.recipient.code = :code and o.year = :year", OdaFigure.class)
                .setParameter("code", recipient).setParameter("year", year).getSingleResult();
    }

    private static Citation footnote(EntityManager em, int number) {
        return em.createQuery("select c from Citation c where c.footnote = :n", Citation.class)
                .setParameter("n", number).getSingleResult();
    }
}
