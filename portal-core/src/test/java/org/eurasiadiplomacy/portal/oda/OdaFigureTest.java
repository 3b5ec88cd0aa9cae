package org.eurasiadiplomacy.portal.oda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import org.eurasiadiplomacy.portal.country.ActorType;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.country.Region;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.junit.jupiter.api.Test;

class OdaFigureTest {

    private final Country japan = new Country("JPN", LocalizedText.of("日本", "Japan"), Region.EAST_ASIA, ActorType.STATE);
    private final Country kazakhstan = new Country("KAZ", LocalizedText.of("哈薩克", "Kazakhstan"),
            Region.CENTRAL_ASIA, ActorType.STATE);

    private OdaFigure figure(String amount) {
        return new OdaFigure(japan, kazakhstan, 2013, new BigDecimal(amount), OdaFlow.NET_DISBURSEMENTS, "OECD TABLE2A");
    }

    @Test
    void keepsTheAmountExactlyAsPrinted() {
        assertEquals("-5.8", figure("-5.80").getAmountUsdMillions().toPlainString());
        assertEquals("-1.46", figure("-1.46").getAmountUsdMillions().toPlainString());
        assertEquals("100", figure("100.00").getAmountUsdMillions().toPlainString());
    }

    @Test
    void netFlowsCanBeNegative() {
        assertTrue(figure("-40.1").isNegative());
        assertFalse(figure("248.67").isNegative());
    }

    @Test
    void refusesMoreThanTwoDecimalsAYearOutOfRangeAndAidToItself() {
        assertThrows(IllegalArgumentException.class, () -> figure("1.234"));
        assertThrows(IllegalArgumentException.class, () -> new OdaFigure(japan, kazakhstan, 1959,
                BigDecimal.ONE, OdaFlow.NET_DISBURSEMENTS, "OECD TABLE2A"));
        assertThrows(IllegalArgumentException.class, () -> new OdaFigure(japan, japan, 2013,
                BigDecimal.ONE, OdaFlow.NET_DISBURSEMENTS, "OECD TABLE2A"));
    }

    @Test
    void beanValidationAgreesWithTheConstructor() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertTrue(validator.validate(figure("-36.39")).isEmpty());
    }
}
