package org.eurasiadiplomacy.portal.country;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** A state, or a union of states acting as one (the EU), that the article names. */
@Entity
@Table(name = "country")
@DiscriminatorValue("COUNTRY")
@Audited
public class Country extends CuratedRecord {

    /** ISO 3166-1 alpha-3; the EU, which has none, uses the World Bank's "EUU". */
    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    @Column(nullable = false, length = 3, unique = true)
    private String code;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false, length = 100))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 100))
    private LocalizedText name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Region region;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 20)
    private ActorType actorType;

    protected Country() {
    }

    public Country(String code, LocalizedText name, Region region, ActorType actorType) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.region = Objects.requireNonNull(region, "region");
        this.actorType = Objects.requireNonNull(actorType, "actorType");
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public ActorType getActorType() {
        return actorType;
    }
}
