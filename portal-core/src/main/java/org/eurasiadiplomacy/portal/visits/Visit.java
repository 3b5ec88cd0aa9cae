package org.eurasiadiplomacy.portal.visits;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.people.Person;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * A trip by a leader or official to one or more countries. Where the article names only a
 * region ("非洲"), the destination label says so and no country is invented.
 */
@Entity
@Table(name = "visit")
@DiscriminatorValue("VISIT")
@Audited
public class Visit extends CuratedRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_country_id", nullable = false)
    private Country originCountry;

    @ManyToMany
    @JoinTable(name = "visit_destination",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> destinations = new LinkedHashSet<>();

    @Valid
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "destination_zh", length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "destination_en", length = 200))
    private LocalizedText destinationLabel;

    @Valid
    @NotNull
    @Embedded
    private PartialDate date;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "office_status", nullable = false, length = 10)
    private OfficeStatus officeStatus;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "office_zh", nullable = false, length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "office_en", nullable = false, length = 200))
    private LocalizedText office;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "purpose_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "purpose_en", length = 2000))
    private LocalizedText purpose;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "outcome_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "outcome_en", length = 2000))
    private LocalizedText outcome;

    protected Visit() {
    }

    public Visit(Person person, Country originCountry, PartialDate date, OfficeStatus officeStatus, LocalizedText office) {
        this.person = Objects.requireNonNull(person, "person");
        this.originCountry = Objects.requireNonNull(originCountry, "originCountry");
        this.date = Objects.requireNonNull(date, "date");
        this.officeStatus = Objects.requireNonNull(officeStatus, "officeStatus");
        this.office = Objects.requireNonNull(office, "office");
    }

    public Person getPerson() {
        return person;
    }

    public Country getOriginCountry() {
        return originCountry;
    }

    public Set<Country> getDestinations() {
        return Collections.unmodifiableSet(destinations);
    }

    public void addDestination(Country country) {
        destinations.add(Objects.requireNonNull(country, "country"));
    }

    public Optional<LocalizedText> getDestinationLabel() {
        return Optional.ofNullable(destinationLabel);
    }

    public PartialDate getDate() {
        return date;
    }

    public OfficeStatus getOfficeStatus() {
        return officeStatus;
    }

    public LocalizedText getOffice() {
        return office;
    }

    public Optional<LocalizedText> getPurpose() {
        return Optional.ofNullable(purpose);
    }

    public Optional<LocalizedText> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public void describe(LocalizedText purpose, LocalizedText outcome) {
        this.purpose = purpose;
        this.outcome = outcome;
    }
}
