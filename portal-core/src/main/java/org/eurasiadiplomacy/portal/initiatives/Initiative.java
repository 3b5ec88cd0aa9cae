package org.eurasiadiplomacy.portal.initiatives;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** A framework, initiative, organization, strategy or doctrine of the New Great Game. */
@Entity
@Table(name = "initiative")
@DiscriminatorValue("INITIATIVE")
@Audited
public class Initiative extends CuratedRecord {

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false, length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 300))
    private LocalizedText name;

    @Size(max = 300)
    @Column(name = "name_original", length = 300)
    private String nameOriginal;

    @Size(max = 30)
    @Column(length = 30)
    private String abbreviation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "initiative_kind", nullable = false, length = 20)
    private InitiativeKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposer_country_id")
    private Country proposerCountry;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposer_person_id")
    private Person proposerPerson;

    @Valid
    @Embedded
    private PartialDate proposed;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "bri_relation", nullable = false, length = 20)
    private BriRelation briRelation;

    /** How the article presents the relation to the BRI, in its words and in English. */
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "bri_relation_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "bri_relation_en", length = 2000))
    private LocalizedText briRelationText;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh", length = 4000))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 4000))
    private LocalizedText summary;

    @Valid
    @ElementCollection
    @CollectionTable(name = "initiative_member", joinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Membership> members = new LinkedHashSet<>();

    protected Initiative() {
    }

    public Initiative(LocalizedText name, InitiativeKind kind, BriRelation briRelation) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.briRelation = Objects.requireNonNull(briRelation, "briRelation");
    }

    public LocalizedText getName() {
        return name;
    }

    public Optional<String> getNameOriginal() {
        return Optional.ofNullable(nameOriginal);
    }

    public Optional<String> getAbbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public Optional<Country> getProposerCountry() {
        return Optional.ofNullable(proposerCountry);
    }

    public Optional<Person> getProposerPerson() {
        return Optional.ofNullable(proposerPerson);
    }

    public Optional<PartialDate> getProposed() {
        return Optional.ofNullable(proposed);
    }

    public void proposedBy(Country country, Person person, PartialDate when) {
        this.proposerCountry = country;
        this.proposerPerson = person;
        this.proposed = when;
    }

    public BriRelation getBriRelation() {
        return briRelation;
    }

    public Optional<LocalizedText> getBriRelationText() {
        return Optional.ofNullable(briRelationText);
    }

    public Optional<LocalizedText> getSummary() {
        return Optional.ofNullable(summary);
    }

    public Set<Membership> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public void admit(Country country, MemberRole role) {
        members.removeIf(m -> m.getCountry().equals(country));
        members.add(new Membership(country, role));
    }
}
