package org.eurasiadiplomacy.portal.web.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eurasiadiplomacy.portal.web.api.CsvRecords;

/**
 * An Office Open XML workbook (.xlsx) written directly: six small XML parts in a zip. The portal's
 * exports are plain grids of text and numbers, which this covers completely, so the WAR carries no
 * spreadsheet library (Apache POI and its dependencies would add about 20 MB to every deployment).
 * Text cells are inline strings and numbers are numbers; no cell is ever a formula, and text that a
 * spreadsheet could still take for one when it is edited is defused as in the CSV. The header row is bold, frozen
 * and filterable, each column as wide as its longest text (a CJK character counts twice), and numbers keep the
 * digits the article prints: whole numbers show without separators (2004, not 2,004), decimals as stored.
 */
final class XlsxWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            %s<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>""";
    private static final String PACKAGE_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets>%s</sheets>
            </workbook>""";
    private static final String WORKBOOK_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="styles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            %s
            </Relationships>""";
    /**
     * Cell styles by index: 0 plain, 1 the header (bold, shaded, wrapped), 2 a whole number (format 1, "0"),
     * 3 a decimal as stored ("General", which shows -5.8 as -5.8 and 248.67 as 248.67).
     */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>            <fill><patternFill patternType="solid"><fgColor rgb="FFEEF1F6"/><bgColor indexed="64"/></patternFill></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>            <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">            <alignment vertical="top" wrapText="1"/></xf>            <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            </styleSheet>""";
    private static final int HEADER_STYLE = 1;
    private static final int WHOLE_NUMBER_STYLE = 2;
    private static final int DECIMAL_STYLE = 3;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxWorkbook() {
    }

    /** One sheet: its name and a row per list of cells, the first being the header. */
    record Sheet(String name, List<List<String>> rows) {
    }

    /** The workbook of one sheet called {@code sheetName}, a row per list of cells, the first being the header. */
    static byte[] write(String sheetName, List<List<String>> rows) {
        return write(List.of(new Sheet(sheetName, rows)));
    }

    /** The workbook of these sheets, in this order; the first is the one that opens. */
    static byte[] write(List<Sheet> sheets) {
        StringBuilder types = new StringBuilder();
        StringBuilder names = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            names.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            relationships.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org")
                    .append("/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES.formatted(types));
            part(zip, "_rels/.rels", PACKAGE_RELATIONSHIPS);
            part(zip, "xl/workbook.xml", WORKBOOK.formatted(names));
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS.formatted(relationships));
            part(zip, "xl/styles.xml", STYLES);
            for (int i = 1; i <= sheets.size(); i++) {
                part(zip, "xl/worksheets/sheet" + i + ".xml", sheet(sheets.get(i - 1).rows()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                // the header stays in view while the reader scrolls
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns > 0) {
            xml.append("<cols>");
            for (int c = 0; c < columns; c++) {
                xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(width(rows, c)).append("\" customWidth=\"1\"/>");
            }
            xml.append("</cols>");
        }
        xml.append("<sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String reference = column(c) + (r + 1);
                String text = cells.get(c);
                if (r > 0 && CsvRecords.isNumber(text)) {
                    int style = text.contains(".") ? DECIMAL_STYLE : WHOLE_NUMBER_STYLE;
                    xml.append("<c r=\"").append(reference).append("\" s=\"").append(style).append("\"><v>")
                            .append(text).append("</v></c>");
                } else if (!text.isEmpty()) {
                    xml.append("<c r=\"").append(reference).append('"').append(r == 0 ? " s=\"" + HEADER_STYLE + '"' : "")
                            .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(CsvRecords.defused(text))).append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (columns > 0) {
            xml.append("<autoFilter ref=\"A1:").append(column(columns - 1)).append(Math.max(rows.size(), 1))
                    .append("\"/>");
        }
        return xml.append("</worksheet>").toString();
    }

    /**
     * A column's width in characters: its longest line of text, a wide (CJK, full-width) character counted twice,
     * between {@value #MIN_WIDTH} and {@value #MAX_WIDTH}; longer texts wrap where the reader widens the column.
     */
    static int width(List<List<String>> rows, int column) {
        int widest = 0;
        for (List<String> row : rows) {
            if (column < row.size()) {
                for (String line : row.get(column).split("\n")) {
                    widest = Math.max(widest, line.codePoints().map(c -> isWide(c) ? 2 : 1).sum());
                }
            }
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) || (codePoint >= 0x3000 && codePoint <= 0x303F);
    }

    /** A, B … Z, AA, AB …: the spreadsheet's name of the column at {@code index} (from 0). */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** XML text: markup characters escaped, and characters XML 1.0 cannot hold (control codes) dropped. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
