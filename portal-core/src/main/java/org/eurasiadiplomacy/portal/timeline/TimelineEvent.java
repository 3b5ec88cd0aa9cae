package org.eurasiadiplomacy.portal.timeline;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** A dated entry of the timeline, from the Meiji Restoration (1868) to the Senkaku renaming (June 2020). */
@Entity
@Table(name = "timeline_event")
@DiscriminatorValue("EVENT")
@Audited
public class TimelineEvent extends CuratedRecord {

    @Valid
    @NotNull
    @Embedded
    private PartialDate date;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false, length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = 300))
    private LocalizedText title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event_category", nullable = false, length = 20)
    private EventCategory category;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 2000))
    private LocalizedText summary;

    @ManyToMany
    @JoinTable(name = "timeline_event_country",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> countries = new LinkedHashSet<>();

    protected TimelineEvent() {
    }

    public TimelineEvent(PartialDate date, LocalizedText title, EventCategory category) {
        this.date = Objects.requireNonNull(date, "date");
        this.title = Objects.requireNonNull(title, "title");
        this.category = Objects.requireNonNull(category, "category");
    }

    public PartialDate getDate() {
        return date;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public EventCategory getCategory() {
        return category;
    }

    public Optional<LocalizedText> getSummary() {
        return Optional.ofNullable(summary);
    }

    public Set<Country> getCountries() {
        return Collections.unmodifiableSet(countries);
    }

    public void involve(Country country) {
        countries.add(Objects.requireNonNull(country, "country"));
    }
}
