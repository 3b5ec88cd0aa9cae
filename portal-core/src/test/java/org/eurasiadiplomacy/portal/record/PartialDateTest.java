package org.eurasiadiplomacy.portal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsOnlyThePrecisionTheArticleGives() {
        assertEquals("2007", PartialDate.ofYear(2007).toIso());
        assertEquals("2004-08", PartialDate.of(2004, 8).toIso());
        assertEquals("2015-11-21", PartialDate.of(2015, 11, 21).toIso());
    }

    @Test
    void refusesDatesThatDoNotExist() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(2019, 13));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(2019, 2, 29));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(2020, null, 5));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(1700));
    }

    @Test
    void acceptsALeapDay() {
        assertEquals("2020-02-29", PartialDate.of(2020, 2, 29).toIso());
    }

    @Test
    void sortsAYearBeforeItsMonthsAndAMonthBeforeItsDays() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.of(2019, 6, 21), PartialDate.of(2019, 6), PartialDate.ofYear(2019), PartialDate.ofYear(1868)));
        dates.sort(null);
        assertEquals(List.of(PartialDate.ofYear(1868), PartialDate.ofYear(2019), PartialDate.of(2019, 6),
                PartialDate.of(2019, 6, 21)), dates);
    }

    @Test
    void isAValue() {
        assertEquals(PartialDate.of(2006, 8), PartialDate.of(2006, 8));
        assertEquals(PartialDate.of(2006, 8).hashCode(), PartialDate.of(2006, 8).hashCode());
        assertTrue(PartialDate.of(2006, 8).compareTo(PartialDate.of(2006, 9)) < 0);
    }
}
