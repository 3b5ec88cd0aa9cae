package org.eurasiadiplomacy.portal.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or body named on a source, in its role. Either a person with family and given parts, as written in
 * their own script (武田 / 史郎, Brzezinski / Zbigniew), or a literal name that must not be split: a body
 * (外務省, OECD) or a name kept exactly as the article prints it.
 *
 * <p>{@code name} always holds the display form, so listings, search and the article's footnote style read one
 * column: a literal as given, a person as their script writes them, CJK family-first with no space
 * ("武田史郎", "三ケ月章"), Latin "Given Family". The entity computes it, so it cannot drift from the parts.
 */
@Embeddable
public class Contributor implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PART_LENGTH = 200;
    /** A given name, a space and a family name at their longest. */
    public static final int NAME_LENGTH = 2 * PART_LENGTH + 1;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** Null for a literal name. */
    @Size(max = PART_LENGTH)
    @Column(name = "family_name", length = PART_LENGTH)
    private String family;

    /** Null for a literal name or a person known by one name. */
    @Size(max = PART_LENGTH)
    @Column(name = "given_name", length = PART_LENGTH)
    private String given;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "contributor_role", nullable = false, length = 20)
    private ContributorRole role;

    protected Contributor() {
    }

    private Contributor(String name, String family, String given, ContributorRole role) {
        this.name = name;
        this.family = family;
        this.given = given;
        this.role = Objects.requireNonNull(role, "role");
    }

    /** A person: the family name is required, the given name may be absent (a person known by one name). */
    public static Contributor person(String family, String given, ContributorRole role) {
        String familyPart = required(family, "A person needs a family name");
        String givenPart = given == null || given.isBlank() ? null : given.strip();
        return new Contributor(display(familyPart, givenPart), familyPart, givenPart, role);
    }

    /** A body, or a name that must stay as written. */
    public static Contributor literal(String name, ContributorRole role) {
        return new Contributor(required(name, "A contributor needs a name"), null, null, role);
    }

    /** The display form: a literal as given, a person as their script writes them. */
    public String getName() {
        return name;
    }

    /** "Brzezinski, Zbigniew" for sorting and for formats that invert names; CJK and literal names as shown. */
    public String getInvertedName() {
        if (isLiteral() || given == null || isCjk(family + given)) {
            return name;
        }
        return family + ", " + given;
    }

    public Optional<String> getFamily() {
        return Optional.ofNullable(family);
    }

    public Optional<String> getGiven() {
        return Optional.ofNullable(given);
    }

    public boolean isLiteral() {
        return family == null;
    }

    public ContributorRole getRole() {
        return role;
    }

    /** Whether the text is written in Han, kana or Hangul: such names read family first, without a space. */
    public static boolean isCjk(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    private static String display(String family, String given) {
        if (given == null) {
            return family;
        }
        return isCjk(family + given) ? family + given : given + " " + family;
    }

    private static String required(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(problem);
        }
        return text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contributor contributor && name.equals(contributor.name)
                && Objects.equals(family, contributor.family) && Objects.equals(given, contributor.given)
                && role == contributor.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, family, given, role);
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
