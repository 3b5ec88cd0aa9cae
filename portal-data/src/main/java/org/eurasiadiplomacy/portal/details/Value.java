package org.eurasiadiplomacy.portal.details;

import java.math.BigDecimal;
import java.util.List;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * One value on a detail page, typed so that a single template can render every kind of record:
 * {@link #type()} tells the page how to show it.
 */
public sealed interface Value {

    String type();

    /** Text as printed, in no particular language (a code, a dataset, a name in its original script). */
    record Text(String text) implements Value {
        public String type() {
            return "TEXT";
        }
    }

    /** Text in Traditional Chinese and English; the page shows both. */
    record Localized(LocalizedText text) implements Value {
        public String type() {
            return "LOCALIZED";
        }
    }

    /** A date at the precision the article gives. */
    record Date(PartialDate date) implements Value {
        public String type() {
            return "DATE";
        }
    }

    /**
     * An enum constant, by the simple name of its enum and its own; the page finds its label in the bundle under
     * {@code enum.<enumType>.<name>}, as every page does.
     */
    record Choice(String enumType, String name) implements Value {
        public static Choice of(Enum<?> constant) {
            return new Choice(constant.getDeclaringClass().getSimpleName(), constant.name());
        }

        public String type() {
            return "CHOICE";
        }
    }

    /** Links to other published records, in order. */
    record Links(List<RecordLink> links) implements Value {
        public Links {
            links = List.copyOf(links);
        }

        public String type() {
            return "LINKS";
        }
    }

    /** An amount in USD millions, exactly as printed (-5.8, not -5.80). */
    record Amount(BigDecimal amount) implements Value {
        public Amount {
            amount = OdaFigure.asPrinted(amount);
        }

        public String text() {
            return amount.toPlainString();
        }

        public boolean negative() {
            return amount.signum() < 0;
        }

        public String type() {
            return "AMOUNT";
        }
    }

    /** The offices a person held, in the article's order, with the years it gives. */
    record Offices(List<OfficeHeld> offices) implements Value {
        public Offices {
            offices = List.copyOf(offices);
        }

        public String type() {
            return "OFFICES";
        }
    }

    record OfficeHeld(LocalizedText title, Integer yearFrom, Integer yearTo) {
        /** "2012–2020", "2012–" or "–2006", or empty when the article gives no year. */
        public String years() {
            if (yearFrom == null && yearTo == null) {
                return "";
            }
            if (yearFrom != null && yearFrom.equals(yearTo)) {
                return yearFrom.toString();
            }
            return (yearFrom == null ? "" : yearFrom.toString()) + "–" + (yearTo == null ? "" : yearTo.toString());
        }
    }
}
