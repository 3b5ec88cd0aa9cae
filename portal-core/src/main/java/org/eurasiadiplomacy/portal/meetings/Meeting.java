package org.eurasiadiplomacy.portal.meetings;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** One numbered meeting of a framework, such as the seven foreign ministers' meetings of Table 1. */
@Entity
@Table(name = "meeting")
@DiscriminatorValue("MEETING")
@Audited
public class Meeting extends CuratedRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id", nullable = false)
    private Initiative initiative;

    @Min(1)
    @Column(nullable = false)
    private int ordinal;

    @Valid
    @NotNull
    @Embedded
    private PartialDate held;

    @Valid
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "city_zh", length = 100))
    @AttributeOverride(name = "en", column = @Column(name = "city_en", length = 100))
    private LocalizedText city;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id", nullable = false)
    private Country country;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_level", nullable = false, length = 30)
    private MeetingLevel level;

    protected Meeting() {
    }

    public Meeting(Initiative initiative, int ordinal, PartialDate held, LocalizedText city, Country country,
            MeetingLevel level) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("Meetings are numbered from 1, not " + ordinal);
        }
        this.initiative = Objects.requireNonNull(initiative, "initiative");
        this.ordinal = ordinal;
        this.held = Objects.requireNonNull(held, "held");
        this.city = city;
        this.country = Objects.requireNonNull(country, "country");
        this.level = Objects.requireNonNull(level, "level");
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public PartialDate getHeld() {
        return held;
    }

    public Optional<LocalizedText> getCity() {
        return Optional.ofNullable(city);
    }

    public Country getCountry() {
        return country;
    }

    public MeetingLevel getLevel() {
        return level;
    }
}
