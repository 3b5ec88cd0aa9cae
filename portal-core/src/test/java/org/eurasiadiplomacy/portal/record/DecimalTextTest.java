package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({
            "12.5, 12.5",
            "-18.03, -18.03",
            "+7, 7",
            "0007.500, 7.5",
            ".25, 0.25",
            "3., 3",
            "' 42 ', 42",
            "１２．５, 12.5",
            "999999999999999.999999, 999999999999999.999999"})
    void readsPlainDecimalsAsTyped(String typed, String expected) {
        assertEquals(new BigDecimal(expected), DecimalText.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999", "1E49999999", "1e-9999999", "12.5e3", "0x1F", "NaN", "Infinity", "",
            "1,000", "--1", "1.2.3", ".", "1000000000000000", "0.0000001"})
    void refusesExponentsOtherNotationsAndTooManyDigits(String typed) {
        assertThrows(NumberFormatException.class, () -> DecimalText.parse(typed));
    }

    @Test
    void refusesAHugeTextBeforeLookingAtIt() {
        String huge = "9".repeat(10_000_000);
        NumberFormatException refused = assertThrows(NumberFormatException.class, () -> DecimalText.parse(huge));
        assertEquals("a number of more than 85 characters", refused.getMessage());
    }

    @Test
    void boundsAreThoseOfTheColumnWhenGiven() {
        assertEquals(new BigDecimal("1234567890.12"), DecimalText.parse("1234567890.12", 10, 2));
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("12345678901", 10, 2));
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("1.125", 10, 2));
    }
}
