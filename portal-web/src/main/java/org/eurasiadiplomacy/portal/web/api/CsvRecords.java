package org.eurasiadiplomacy.portal.web.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.Relation;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * Records as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel reads Chinese; a header row; CRLF line
 * ends. A localized text takes two columns ({@code name.zh}, {@code name.en}); a list of values one cell,
 * joined by "; "; a list of objects one cell of JSON. Cells that a spreadsheet would run as a formula are
 * defused with a leading apostrophe; numbers such as -1.46 stay numbers.
 */
public final class CsvRecords {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private CsvRecords() {
    }

    public static byte[] write(Listing listing, List<Row> rows) {
        return write(table(listing, rows));
    }

    /** These cell texts, the first row being the header, as a CSV file. */
    public static byte[] write(List<List<String>> table) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        table.forEach(cells -> line(csv, cells));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The header and the rows as plain cell texts, before any quoting or defusing: what a CSV line or a
     * spreadsheet row holds.
     */
    public static List<List<String>> table(Listing listing, List<Row> rows) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Column column : listing.columns()) {
            if (isLocalized(column)) {
                header.add(column.name() + ".zh");
                header.add(column.name() + ".en");
            } else {
                header.add(column.name());
            }
        }
        table.add(header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (Column column : listing.columns()) {
                cells.addAll(cells(column, row.get(column.name())));
            }
            table.add(cells);
        }
        return table;
    }

    /** Whether a cell is a plain number (-1.46), which spreadsheets may take as a number and never as a formula. */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** A cell as written to the file: defused if it could start a formula, quoted if it must be. */
    static String cell(String text) {
        String safe = defused(text);
        if (safe.contains("\"") || safe.contains(",") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** The text with a leading apostrophe if a spreadsheet would run it as a formula; numbers stay as they are. */
    public static String defused(String text) {
        return FORMULA_START.matcher(text).matches() && !isNumber(text) ? "'" + text : text;
    }

    private static List<String> cells(Column column, Object value) {
        if (isLocalized(column)) {
            LocalizedText text = (LocalizedText) value;
            return text == null ? List.of("", "") : List.of(text(text.getZh()), text(text.getEn()));
        }
        if (column instanceof Relation relation) {
            List<?> values = (List<?>) value;
            return List.of(relation.objects() ? JsonRecords.json(values).toString()
                    : values.stream().map(CsvRecords::text).collect(Collectors.joining("; ")));
        }
        return List.of(text(value));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static boolean isLocalized(Column column) {
        return column instanceof Field field && field.type() == ColumnType.LOCALIZED_TEXT;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvRecords::cell).collect(Collectors.joining(","))).append(LINE_END);
    }
}
