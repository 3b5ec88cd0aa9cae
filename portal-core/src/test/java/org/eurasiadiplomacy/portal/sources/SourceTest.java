package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Source page() {
        Source page = new Source(SourceType.WEB_PAGE, "Japan and Kazakhstan: Nuclear Energy Cooperation", "en");
        page.locatedAt(null, null, null, "https://www.nti.org/analysis/articles/japan-kazakhstan/");
        return page;
    }

    @Test
    void aSourceTakesAnyNumberOfContributors() {
        Source paper = page();
        List<Contributor> authors = IntStream.rangeClosed(1, 77)
                .mapToObj(i -> Contributor.person("Author" + i, "A.", ContributorRole.AUTHOR)).toList();
        paper.creditedTo(authors, false);

        assertEquals(Set.of(), validator.validate(paper), "77 authors, as a physics paper names them");
        assertEquals(77, paper.getContributors().size());
    }

    @Test
    void aWebPageKeepsTheDateItsAddressWasRead() {
        Source page = page();
        page.accessedOn(PartialDate.of(2020, 6, 1));

        assertEquals(Optional.of(PartialDate.of(2020, 6, 1)), page.getAccessed());
        assertEquals(PartialDate.of(2020, 6, 1), SourceFields.of(page).accessed());
        assertEquals(Set.of(), validator.validate(page));
    }

    @Test
    void anAccessDateAfterNextYearIsRefusedOnItsField() {
        Source page = page();
        page.accessedOn(PartialDate.ofYear(Year.now().getValue() + 2));

        Set<ConstraintViolation<Source>> problems = validator.validate(page);
        assertEquals(1, problems.size());
        ConstraintViolation<Source> problem = problems.iterator().next();
        assertEquals("accessed", problem.getPropertyPath().toString());
        assertEquals("{source.accessed.future}", problem.getMessageTemplate());
    }

    @Test
    void onlineTypesAreTheOnesCitedWithAnAccessDate() {
        assertEquals(List.of(SourceType.MAGAZINE_ARTICLE, SourceType.NEWSPAPER_ARTICLE, SourceType.WEB_PAGE,
                SourceType.OFFICIAL_DOCUMENT, SourceType.DATASET),
                List.of(SourceType.values()).stream().filter(SourceType::isReadOnline).toList());
    }

    @Test
    void aDraftIsStoredWithoutWhatOnlyPublicationNeeds() {
        Source draft = new Source(SourceType.BOOK, "", "ru");
        assertEquals(Set.of(), validator.validate(draft), "a reference manager's entry: no title, no publisher");

        draft.publish();
        Set<String> missing = new java.util.TreeSet<>();
        validator.validate(draft).forEach(v -> missing.add(v.getPropertyPath() + " " + v.getMessageTemplate()));
        assertEquals(Set.of("publisher {source.publisher.required}", "title {source.title.required}"), missing);
        assertEquals(List.of(new SourceRulesValidator.Missing("title", "{source.title.required}"),
                new SourceRulesValidator.Missing("publisher", "{source.publisher.required}")),
                SourceRulesValidator.missingForPublication(draft), "the same rules, listed for the preview");
    }

    @Test
    void pagesTakeListsArticleNumbersAndRomanNumeralsButNoFreeText() {
        for (String pages : List.of("73-81", "xii-xv", "4:1-4:10", "1.1-1.36", "431-456, 791-823", "1-3;7-11;31-35",
                "e0815", "序2-3", "扉页", "141-61", "553-71")) {
            Source article = page();
            article.locatedAt(null, null, pages, null);
            assertEquals(Set.of(), validator.validate(article), pages);
        }
        for (String pages : List.of("pp. 3-4", "3--4", "3-4-5", "-3", "3, ", "160-147", "141-39")) {
            Source article = page();
            article.locatedAt(null, null, pages, null);
            assertEquals(List.of("pages"), validator.validate(article).stream()
                    .map(v -> v.getPropertyPath().toString()).toList(), pages);
        }
    }
}
