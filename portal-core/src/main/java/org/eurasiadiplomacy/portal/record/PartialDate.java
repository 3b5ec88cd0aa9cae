package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date as precise as the article gives it: a year, a year and month, or a full date.
 * The article often states only "2007" or "2004 年 8 月"; inventing a day would be a falsehood.
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

    public static final int EARLIEST_YEAR = 1800;
    public static final int LATEST_YEAR = 2100;

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::getYear)
            .thenComparing(PartialDate::getMonth, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PartialDate::getDay, Comparator.nullsFirst(Comparator.naturalOrder()));

    @NotNull
    @Min(value = EARLIEST_YEAR, message = "{record.date.year.range}")
    @Max(value = LATEST_YEAR, message = "{record.date.year.range}")
    @Column(name = "date_year")
    private Integer year;

    @Min(1)
    @Max(12)
    @Column(name = "date_month")
    private Integer month;

    @Min(1)
    @Max(31)
    @Column(name = "date_day")
    private Integer day;

    protected PartialDate() {
    }

    private PartialDate(int year, Integer month, Integer day) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("Month out of range: " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("A day needs a month");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("Day out of range: " + year + "-" + month + "-" + day);
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** For forms, where month and day are optional fields. */
    public static PartialDate of(int year, Integer month, Integer day) {
        return new PartialDate(year, month, day);
    }

    public Integer getYear() {
        return year;
    }

    public Integer getMonth() {
        return month;
    }

    public Integer getDay() {
        return day;
    }

    /** ISO 8601 at the precision known: "2004", "2004-08" or "2004-08-28". */
    public String toIso() {
        StringBuilder iso = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            iso.append(String.format("-%02d", month));
        }
        if (day != null) {
            iso.append(String.format("-%02d", day));
        }
        return iso.toString();
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date
                && Objects.equals(year, date.year) && Objects.equals(month, date.month) && Objects.equals(day, date.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
