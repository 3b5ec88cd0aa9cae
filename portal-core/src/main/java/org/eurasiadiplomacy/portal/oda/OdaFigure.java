package org.eurasiadiplomacy.portal.oda;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.record.CuratedRecord;

/**
 * One cell of Table 2: a donor's aid flow to a recipient in a year, in millions of US dollars.
 * Amounts are exact decimals; net flows are negative when loan repayments exceed new disbursements.
 */
@Entity
@Table(name = "oda_figure")
@DiscriminatorValue("ODA")
@Audited
public class OdaFigure extends CuratedRecord {

    /** The OECD's DAC statistics start in 1960. */
    public static final int FIRST_YEAR = 1960;
    public static final int LAST_YEAR = 2100;
    public static final int AMOUNT_INTEGER_DIGITS = 10;
    public static final int AMOUNT_FRACTION_DIGITS = 2;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donor_id", nullable = false)
    private Country donor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Country recipient;

    @Min(FIRST_YEAR)
    @Max(LAST_YEAR)
    @Column(name = "aid_year", nullable = false)
    private int year;

    @NotNull
    @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_FRACTION_DIGITS)
    @Column(name = "amount_usd_millions", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountUsdMillions;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OdaFlow flow;

    @NotBlank
    @Size(max = 50)
    @Column(nullable = false, length = 50)
    private String dataset;

    protected OdaFigure() {
    }

    public OdaFigure(Country donor, Country recipient, int year, BigDecimal amountUsdMillions, OdaFlow flow,
            String dataset) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("ODA year out of range: " + year);
        }
        if (Objects.requireNonNull(amountUsdMillions, "amountUsdMillions").stripTrailingZeros().scale()
                > AMOUNT_FRACTION_DIGITS) {
            throw new IllegalArgumentException("Amounts have at most two decimals: " + amountUsdMillions);
        }
        if (Objects.requireNonNull(donor, "donor").equals(recipient)) {
            throw new IllegalArgumentException("A country does not give aid to itself");
        }
        this.donor = donor;
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.year = year;
        this.amountUsdMillions = amountUsdMillions;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    public Country getDonor() {
        return donor;
    }

    public Country getRecipient() {
        return recipient;
    }

    public int getYear() {
        return year;
    }

    /** The amount as printed: -5.8 stays -5.8 (the column stores -5.80). */
    public BigDecimal getAmountUsdMillions() {
        return asPrinted(amountUsdMillions);
    }

    public boolean isNegative() {
        return amountUsdMillions.signum() < 0;
    }

    public OdaFlow getFlow() {
        return flow;
    }

    public String getDataset() {
        return dataset;
    }

    /** Drops the trailing zeros a fixed-scale column adds, without turning 100 into 1E+2. */
    public static BigDecimal asPrinted(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
