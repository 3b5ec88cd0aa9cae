package org.eurasiadiplomacy.portal.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A person or body named on a source, in its role, as printed (外務省, Zbigniew Brzezinski …). */
@Embeddable
public class Contributor {

    public static final int NAME_LENGTH = 200;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "contributor_role", nullable = false, length = 20)
    private ContributorRole role;

    protected Contributor() {
    }

    public Contributor(String name, ContributorRole role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A contributor needs a name");
        }
        this.name = name.strip();
        this.role = Objects.requireNonNull(role, "role");
    }

    public String getName() {
        return name;
    }

    public ContributorRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contributor contributor && name.equals(contributor.name) && role == contributor.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role);
    }

    @Override
    public String toString() {
        return name + " (" + role + ")";
    }
}
