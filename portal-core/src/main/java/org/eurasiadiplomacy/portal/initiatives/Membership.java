package org.eurasiadiplomacy.portal.initiatives;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.eurasiadiplomacy.portal.country.Country;

/** A country's part in an initiative: Turkmenistan, for one, joins Central Asia plus Japan as an observer. */
@Embeddable
public class Membership {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id", nullable = false)
    private Country country;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private MemberRole role;

    protected Membership() {
    }

    public Membership(Country country, MemberRole role) {
        this.country = Objects.requireNonNull(country, "country");
        this.role = Objects.requireNonNull(role, "role");
    }

    public Country getCountry() {
        return country;
    }

    public MemberRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership membership && country.equals(membership.country) && role == membership.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, role);
    }
}
