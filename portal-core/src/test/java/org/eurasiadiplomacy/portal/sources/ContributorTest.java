package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContributorTest {

    @ParameterizedTest
    @CsvSource({"武田, 史郎, 武田史郎", "三ケ月, 章, 三ケ月章", "김, 정은, 김정은", "船橋, 洋一, 船橋洋一"})
    void cjkNamesReadFamilyFirstWithoutASpace(String family, String given, String shown) {
        Contributor person = Contributor.person(family, given, ContributorRole.AUTHOR);

        assertEquals(shown, person.getName());
        assertEquals(shown, person.getInvertedName(), "no comma inside a CJK name");
        assertEquals(Optional.of(family), person.getFamily());
        assertEquals(Optional.of(given), person.getGiven());
        assertFalse(person.isLiteral());
    }

    @Test
    void latinNamesReadGivenFirstAndInvertWithAComma() {
        Contributor person = Contributor.person("Brzezinski", "Zbigniew", ContributorRole.AUTHOR);

        assertEquals("Zbigniew Brzezinski", person.getName());
        assertEquals("Brzezinski, Zbigniew", person.getInvertedName());
    }

    @Test
    void aPersonKnownByOneNameHasNoGivenName() {
        Contributor person = Contributor.person(" Sukarno ", " ", ContributorRole.AUTHOR);

        assertEquals("Sukarno", person.getName());
        assertEquals("Sukarno", person.getInvertedName());
        assertEquals(Optional.empty(), person.getGiven());
    }

    @Test
    void aLiteralNameStaysExactlyAsWritten() {
        Contributor body = Contributor.literal("European Union External Action Service (EEAS)",
                ContributorRole.AUTHOR);

        assertTrue(body.isLiteral());
        assertEquals("European Union External Action Service (EEAS)", body.getName());
        assertEquals(body.getName(), body.getInvertedName(), "a body is never inverted");
        assertEquals(Optional.empty(), body.getFamily());
    }

    @Test
    void aLiteralAndAPersonOfTheSameDisplayAreDifferentContributors() {
        assertNotEquals(Contributor.literal("Peter Hopkirk", ContributorRole.AUTHOR),
                Contributor.person("Hopkirk", "Peter", ContributorRole.AUTHOR));
        assertEquals(Contributor.person("Hopkirk", "Peter", ContributorRole.AUTHOR),
                Contributor.person("Hopkirk", "Peter", ContributorRole.AUTHOR));
    }

    @Test
    void aContributorNeedsANameAndARole() {
        assertThrows(IllegalArgumentException.class, () -> Contributor.literal(" ", ContributorRole.AUTHOR));
        assertThrows(IllegalArgumentException.class, () -> Contributor.person(null, "Peter", ContributorRole.AUTHOR));
        assertThrows(NullPointerException.class, () -> Contributor.literal("OECD", null));
    }
}
