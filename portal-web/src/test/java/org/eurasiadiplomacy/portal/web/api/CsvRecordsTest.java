package org.eurasiadiplomacy.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells follow RFC 4180 and never start a spreadsheet formula, but numbers stay numbers. */
class CsvRecordsTest {

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvRecords.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1 on the board", CsvRecords.cell("+1 on the board"));
        assertEquals("'-x", CsvRecords.cell("-x"));
        assertEquals("'@SUM(A1)", CsvRecords.cell("@SUM(A1)"));
        assertEquals("'\tcmd", CsvRecords.cell("\tcmd"));
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertEquals("-1.46", CsvRecords.cell("-1.46"));
        assertEquals("-5.8", CsvRecords.cell("-5.8"));
        assertEquals("+3", CsvRecords.cell("+3"));
        assertEquals("塔什干", CsvRecords.cell("塔什干"));
        assertEquals("", CsvRecords.cell(""));
    }

    @Test
    void quotesWhatRfc4180Requires() {
        assertEquals("\"Kazakhstan, Uzbekistan\"", CsvRecords.cell("Kazakhstan, Uzbekistan"));
        assertEquals("\"a \"\"quoted\"\" word\"", CsvRecords.cell("a \"quoted\" word"));
        assertEquals("\"two\r\nlines\"", CsvRecords.cell("two\r\nlines"));
        assertEquals("\"'=1+2, then\"", CsvRecords.cell("=1+2, then"));
    }
}
