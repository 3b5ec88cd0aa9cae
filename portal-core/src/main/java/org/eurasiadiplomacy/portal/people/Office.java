package org.eurasiadiplomacy.portal.people;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/** An office a person held, with the years the article gives (either may be unknown). */
@Embeddable
public class Office {

    @Valid
    @NotNull
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false, length = 200))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false, length = 200))
    private LocalizedText title;

    @Min(value = PartialDate.EARLIEST_YEAR, message = "{record.date.year.range}")
    @Max(value = PartialDate.LATEST_YEAR, message = "{record.date.year.range}")
    @Column(name = "year_from")
    private Integer yearFrom;

    @Min(value = PartialDate.EARLIEST_YEAR, message = "{record.date.year.range}")
    @Max(value = PartialDate.LATEST_YEAR, message = "{record.date.year.range}")
    @Column(name = "year_to")
    private Integer yearTo;

    protected Office() {
    }

    public Office(LocalizedText title, Integer yearFrom, Integer yearTo) {
        if (yearFrom != null && yearTo != null && yearTo < yearFrom) {
            throw new IllegalArgumentException("An office cannot end (" + yearTo + ") before it starts (" + yearFrom + ")");
        }
        for (Integer year : new Integer[] {yearFrom, yearTo}) {
            if (year != null && (year < PartialDate.EARLIEST_YEAR || year > PartialDate.LATEST_YEAR)) {
                throw new IllegalArgumentException("An office year must lie between " + PartialDate.EARLIEST_YEAR
                        + " and " + PartialDate.LATEST_YEAR + ": " + year);
            }
        }
        this.title = Objects.requireNonNull(title, "title");
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office office && title.equals(office.title)
                && Objects.equals(yearFrom, office.yearFrom) && Objects.equals(yearTo, office.yearTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, yearFrom, yearTo);
    }
}
