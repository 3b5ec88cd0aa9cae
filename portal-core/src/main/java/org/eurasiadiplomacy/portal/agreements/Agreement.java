package org.eurasiadiplomacy.portal.agreements;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.initiatives.Initiative;
import org.eurasiadiplomacy.portal.record.CuratedRecord;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** An agreement, joint statement, declaration or plan, with the parties and the outcome it records. */
@Entity
@Table(name = "agreement")
@DiscriminatorValue("AGREEMENT")
@Audited
public class Agreement extends CuratedRecord {

    public static final int TITLE_LENGTH = 500;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title_original", nullable = false, length = TITLE_LENGTH)
    private String titleOriginal;

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false, length = TITLE_LENGTH))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = TITLE_LENGTH))
    private LocalizedText title;

    @Valid
    @NotNull
    @Embedded
    private PartialDate date;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_kind", nullable = false, length = 30)
    private AgreementKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToMany
    @JoinTable(name = "agreement_party",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    private Set<Country> parties = new LinkedHashSet<>();

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "outcome_zh", length = 2000))
    @AttributeOverride(name = "en", column = @Column(name = "outcome_en", length = 2000))
    private LocalizedText outcome;

    protected Agreement() {
    }

    public Agreement(String titleOriginal, LocalizedText title, PartialDate date, AgreementKind kind) {
        this.titleOriginal = Objects.requireNonNull(titleOriginal, "titleOriginal");
        this.title = Objects.requireNonNull(title, "title");
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String getTitleOriginal() {
        return titleOriginal;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public PartialDate getDate() {
        return date;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public Optional<Initiative> getInitiative() {
        return Optional.ofNullable(initiative);
    }

    public Set<Country> getParties() {
        return Collections.unmodifiableSet(parties);
    }

    public void addParty(Country country) {
        parties.add(Objects.requireNonNull(country, "country"));
    }

    public Optional<LocalizedText> getOutcome() {
        return Optional.ofNullable(outcome);
    }
}
