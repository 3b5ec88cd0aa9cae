package org.eurasiadiplomacy.portal.web.tables;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.catalog.Column;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.catalog.Relation;
import org.eurasiadiplomacy.portal.catalog.Row;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.web.details.Bilingual;
import org.eurasiadiplomacy.portal.web.i18n.EnumLabels;
import org.eurasiadiplomacy.portal.web.tables.PageColumns.PageColumn;

/**
 * A public table as the reader sees it, as cells for a CSV or a sheet: the chosen columns with the page's
 * headings in the reader's language, countries by name with their ISO code beside them, enum constants by
 * their labels, offices and members as text, and the footnotes by their printed labels (14, not the citation's
 * id). The API keeps the raw form (CsvRecords); this is the readers' file.
 *
 * @param locale the reader's language
 * @param msg the portal's bundle in that language
 * @param countries country code to name
 * @param footnotes citation id to printed label, for the published citations only
 */
record ExportSheet(Locale locale, ResourceBundle msg, Map<String, LocalizedText> countries,
        Map<Long, String> footnotes) {

    private static final String CITATIONS = "citationIds";
    private static final TableFormat FORMAT = new TableFormat();

    /** The header row and a row per record, for the page columns {@code shown}, then the footnotes. */
    List<List<String>> table(Listing listing, List<PageColumn> shown, List<Row> rows) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (PageColumn column : shown) {
            String label = msg.getString(column.labelKey());
            header.add(label);
            if (isCountry(listing, column)) {
                header.add(MessageFormat.format(msg.getString("export.isoCode"), label));
            }
        }
        header.add(msg.getString("table.footnotes"));
        table.add(header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (PageColumn column : shown) {
                cells.addAll(cells(listing, column, row));
            }
            cells.add(footnotes(row));
            table.add(cells);
        }
        return table;
    }

    private List<String> cells(Listing listing, PageColumn page, Row row) {
        Column column = listing.column(page.field()).orElseThrow(
                () -> new IllegalStateException(listing.name() + " lists no " + page.field()));
        Object value = row.get(column.name());
        if (column instanceof Relation relation) {
            return List.of(relation(relation, (List<?>) value));
        }
        Field field = (Field) column;
        return switch (field.type()) {
            case COUNTRY_CODE -> List.of(country((String) value), value == null ? "" : (String) value);
            case LOCALIZED_TEXT -> List.of(value == null ? "" : text(((LocalizedText) value).in(locale)));
            case ENUM -> List.of(EnumLabels.label(msg, field.enumType().getSimpleName(), (String) value));
            // the pages show a record's year, month and day together under "Date"
            case INTEGER -> List.of("tables.date".equals(page.labelKey()) ? FORMAT.date(row) : text(value));
            default -> List.of(text(value));
        };
    }

    /** A list as the page writes it: countries by name, offices with their years, observers marked. */
    private String relation(Relation relation, List<?> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        String separator = msg.getString("list.separator");
        if (!relation.objects()) {
            boolean countries = relation.parts().get(0).type() == ColumnType.COUNTRY_CODE;
            return values.stream().map(value -> countries ? country((String) value) : text(value))
                    .collect(Collectors.joining(separator));
        }
        return values.stream().map(value -> element(relation, (Map<?, ?>) value)).collect(Collectors.joining(separator));
    }

    private String element(Relation relation, Map<?, ?> element) {
        List<String> names = relation.parts().stream().map(Field::name).toList();
        if (names.contains("yearFrom")) {
            String title = FORMAT.office((LocalizedText) element.get("title"), locale);
            String years = FORMAT.years((Integer) element.get("yearFrom"), (Integer) element.get("yearTo"));
            return years.isEmpty() ? title : title + " (" + years + ")";
        }
        if (names.contains("role")) {
            String name = country((String) element.get("country"));
            return "OBSERVER".equals(element.get("role"))
                    ? MessageFormat.format(msg.getString("tables.observer"), name) : name;
        }
        return relation.parts().stream().map(part -> {
            Object value = element.get(part.name());
            return value instanceof LocalizedText localized ? text(localized.in(locale)) : text(value);
        }).filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
    }

    private String footnotes(Row row) {
        List<?> ids = (List<?>) row.get(CITATIONS);
        if (ids == null) {
            return "";
        }
        return ids.stream().map(footnotes::get).filter(label -> label != null)
                .map(label -> Bilingual.citationLabel(label, locale, msg))
                .collect(Collectors.joining(msg.getString("list.separator")));
    }

    private String country(String code) {
        if (code == null) {
            return "";
        }
        LocalizedText name = countries.get(code);
        return name == null ? code : text(name.in(locale));
    }

    private static boolean isCountry(Listing listing, PageColumn column) {
        return listing.column(column.field()).filter(Field.class::isInstance).map(Field.class::cast)
                .filter(field -> field.type() == ColumnType.COUNTRY_CODE).isPresent();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
