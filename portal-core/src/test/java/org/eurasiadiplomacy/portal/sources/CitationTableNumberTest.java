package org.eurasiadiplomacy.portal.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTableNumberTest {

    @ParameterizedTest
    @CsvSource({"表一, 1", "表二, 2", "表九, 9", "表十, 10", "表十二, 12", "表二十, 20", "表三十五, 35"})
    void aTableLabelNamesItsNumber(String label, int number) {
        assertEquals(Optional.of(number), Citation.tableNumber(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "*", "表", "表A", "表一二", "表十十", "圖一", "表一 "})
    void footnotesAndOtherLabelsNameNoTable(String label) {
        assertEquals(Optional.empty(), Citation.tableNumber(label));
    }
}
