package org.eurasiadiplomacy.portal.exercises;

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
import jakarta.validation.constraints.Size;
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

/** A military exercise or security dialogue that the article ties to the QUAD and the Indo-Pacific. */
@Entity
@Table(name = "exercise")
@DiscriminatorValue("EXERCISE")
@Audited
public class Exercise extends CuratedRecord {

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false, length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 200))
    private LocalizedText name;

    @Size(max = 30)
    @Column(length = 30)
    private String abbreviation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "exercise_kind", nullable = false, length = 30)
    private ExerciseKind kind;

    /** Recurring exercises (Malabar, RIMPAC …) have no single date in the article. */
    @Valid
    @Embedded
    private PartialDate date;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 2000))
    private LocalizedText summary;

    @ManyToMany
    @JoinTable(name = "exercise_participant",
            joinColumns = @JoinColumn(name = "exercise_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> participants = new LinkedHashSet<>();

    protected Exercise() {
    }

    public Exercise(LocalizedText name, ExerciseKind kind, PartialDate date) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.date = date;
    }

    public LocalizedText getName() {
        return name;
    }

    public Optional<String> getAbbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    public ExerciseKind getKind() {
        return kind;
    }

    public Optional<PartialDate> getDate() {
        return Optional.ofNullable(date);
    }

    public Optional<LocalizedText> getSummary() {
        return Optional.ofNullable(summary);
    }

    public Set<Country> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public void addParticipant(Country country) {
        participants.add(Objects.requireNonNull(country, "country"));
    }
}
