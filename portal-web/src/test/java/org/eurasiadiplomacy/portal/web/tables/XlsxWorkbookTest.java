package org.eurasiadiplomacy.portal.web.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The hand-written workbook is a valid package whose cells are text or numbers, never formulas. */
class XlsxWorkbookTest {

    @Test
    void aSheetOfTextAndNumbersWithDangerousTextDefused() throws Exception {
        byte[] workbook = XlsxWorkbook.write("oda", List.of(
                List.of("id", "name", "amountUsdMillions"),
                List.of("1600", "=HYPERLINK(\"http://evil\")", "-1.46"),
                List.of("1601", "烏茲別克 & <Tashkent>\u0007", "")));

        Map<String, String> parts = unzip(workbook);
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), List.copyOf(parts.keySet()));
        parts.values().forEach(XlsxWorkbookTest::parse); // every part is well-formed XML

        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"C2\" s=\"3\"><v>-1.46</v></c>"), "a number is a number, as stored");
        assertTrue(sheet.contains("<t xml:space=\"preserve\">'=HYPERLINK(&quot;http://evil&quot;)</t>"),
                "a would-be formula is text with an apostrophe: " + sheet);
        assertTrue(sheet.contains("烏茲別克 &amp; &lt;Tashkent&gt;</t>"), "escaped, control characters dropped");
        assertFalse(sheet.contains("<f>"), "no formula anywhere");
        assertFalse(sheet.contains("r=\"C3\""), "an empty cell is left out");
    }

    @Test
    void theHeaderIsBoldFrozenAndFilterableAndColumnsFitTheirText() throws Exception {
        byte[] workbook = XlsxWorkbook.write("oda", List.of(
                List.of("recipient", "year", "amountUsdMillions"),
                List.of("烏茲別克", "2017", "248.67"),
                List.of("Kazakhstan", "2010", "-1.46")));

        Map<String, String> parts = unzip(workbook);
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        Document styles = parse(parts.get("xl/styles.xml"));
        org.w3c.dom.Element cellStyles = (org.w3c.dom.Element) styles.getElementsByTagName("cellXfs").item(0);
        assertEquals("1", ((org.w3c.dom.Element) cellStyles.getElementsByTagName("xf").item(1)).getAttribute("fontId"),
                "style 1 takes the bold font");
        assertEquals(1, styles.getElementsByTagName("b").getLength());
        assertTrue(parts.get("xl/_rels/workbook.xml.rels").contains("Target=\"styles.xml\""));
        assertTrue(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
                "the header row is frozen");
        assertTrue(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"), "the header is bold");
        assertTrue(sheet.contains("<c r=\"B2\" s=\"2\"><v>2017</v></c>"), "a year shows without a separator");
        assertTrue(sheet.contains("<autoFilter ref=\"A1:C3\"/>"));
        assertTrue(sheet.indexOf("<cols>") < sheet.indexOf("<sheetData>"), "columns come before the data");
        assertEquals(12, XlsxWorkbook.width(List.of(List.of("Kazakhstan"), List.of("烏茲別克")), 0),
                "ten Latin letters and two for the margin; four CJK characters count eight");
        assertEquals(10, XlsxWorkbook.width(List.of(List.of("烏茲別克")), 0));
        assertEquals(8, XlsxWorkbook.width(List.of(List.of("id")), 0), "never narrower than 8");
        assertEquals(60, XlsxWorkbook.width(List.of(List.of("x".repeat(300))), 0), "never wider than 60");
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertEquals("A", XlsxWorkbook.column(0));
        assertEquals("Z", XlsxWorkbook.column(25));
        assertEquals("AA", XlsxWorkbook.column(26));
        assertEquals("AZ", XlsxWorkbook.column(51));
        assertEquals("BA", XlsxWorkbook.column(52));
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Document parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + xml, e);
        }
    }
}
