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
}
