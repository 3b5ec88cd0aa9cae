package org.eurasiadiplomacy.portal.people;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** A statesman, minister or official named in the article, with the offices it mentions. */
@Entity
@Table(name = "person")
@DiscriminatorValue("PERSON")
@Audited
public class Person extends CuratedRecord {

    public static final int NAME_LENGTH = 200;

    /** The name in its own script: 橋本龍太郎, Назарбаев, 习近平 … */
    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_original", nullable = false, length = NAME_LENGTH)
    private String nameOriginal;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false, length = NAME_LENGTH))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = NAME_LENGTH))
    private LocalizedText name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id", nullable = false)
    private Country country;

    @Valid
    @ElementCollection
    @CollectionTable(name = "person_office", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "idx")
    private List<Office> offices = new ArrayList<>();

    protected Person() {
    }

    public Person(String nameOriginal, LocalizedText name, Country country) {
        this.nameOriginal = Objects.requireNonNull(nameOriginal, "nameOriginal");
        this.name = Objects.requireNonNull(name, "name");
        this.country = Objects.requireNonNull(country, "country");
    }

    public String getNameOriginal() {
        return nameOriginal;
    }

    public LocalizedText getName() {
        return name;
    }

    public Country getCountry() {
        return country;
    }

    public List<Office> getOffices() {
        return Collections.unmodifiableList(offices);
    }

    public void holdOffice(Office office) {
        offices.add(Objects.requireNonNull(office, "office"));
    }
}
