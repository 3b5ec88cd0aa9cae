package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eurasiadiplomacy.portal.country.Country;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.oda.OdaFigure;
import org.eurasiadiplomacy.portal.record.DecimalText;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.record.Record;
import org.eurasiadiplomacy.portal.sources.Citation;
import org.hibernate.Hibernate;

/**
 * Between an entity's fields and the form's values, driven by {@link RecordKind}. It writes the fields as JPA
 * itself does (field access), because the entities expose no setters: their guards live in constructors and in
 * Bean Validation, and {@link Curation} validates every entity it writes before it is flushed.
 */
final class FieldCodec {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private FieldCodec() {
    }

    /** The form values of {@code record}: text as it is stored, ids for references. */
    static Map<String, Object> read(RecordKind kind, Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : kind.fields()) {
            put(values, field, get(record, field.name()));
        }
        return values;
    }

    /** The form value(s) of one field into {@code values}. */
    private static void put(Map<String, Object> values, FormField field, Object value) {
        switch (field.type()) {
            case LOCALIZED, LOCALIZED_LONG -> {
                LocalizedText text = (LocalizedText) value;
                values.put(field.name() + ".zh", text == null ? "" : nonNull(text.getZh()));
                values.put(field.name() + ".en", text == null ? "" : nonNull(text.getEn()));
            }
            case PARTIAL_DATE -> values.put(field.name(), value == null ? "" : ((PartialDate) value).toIso());
            case ENUM -> values.put(field.name(), value == null ? "" : ((Enum<?>) value).name());
            case DECIMAL -> values.put(field.name(),
                    value == null ? "" : OdaFigure.asPrinted((BigDecimal) value).toPlainString());
            case COUNTRY, RECORD -> values.put(field.name(), value == null ? "" : idOf(value));
            case COUNTRIES, CITATIONS -> {
                List<String> ids = new ArrayList<>();
                for (Object element : (Collection<?>) value) {
                    ids.add(idOf(element));
                }
                values.put(field.name(), ids);
            }
            case ROWS -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Object element : (Collection<?>) value) {
                    rows.add(row(field, element));
                }
                values.put(field.name(), rows);
            }
            default -> values.put(field.name(), value == null ? "" : value.toString());
        }
    }

    /** One row of a rows field: the id of the record it refers to, or the form values of its parts. */
    private static Map<String, Object> row(FormField field, Object element) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (field.isReferences()) {
            row.put(FormField.REFERENCE, idOf(element));
        } else {
            for (FormField part : field.parts()) {
                put(row, part, get(element, part.name()));
            }
        }
        return row;
    }

    /** A new, empty row of a rows field. */
    static Map<String, Object> emptyRow(FormField field) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : field.rowKeys()) {
            row.put(key, "");
        }
        return row;
    }

    /**
     * The values as a person reads them in the history as of {@code revision}: references by label, not by id,
     * the labels and collections read beforehand by {@code references} (none loaded here).
     */
    static Map<String, String> describe(RecordKind kind, Object record, int revision, HistoryReferences references) {
        Map<String, String> described = new LinkedHashMap<>();
        for (FormField field : kind.fields()) {
            switch (field.type()) {
                case COUNTRY, RECORD -> described.put(field.name(), references.labelOf(get(record, field.name())));
                case COUNTRIES, CITATIONS ->
                        described.put(field.name(), String.join(", ", references.labelsOf(field.name(), revision)));
                case ROWS -> described.put(field.name(), String.join("; ", references.rowsOf(field.name(), revision)));
                default -> {
                    // only this field's own value: reading the whole record would load its collections
                    Map<String, Object> values = new LinkedHashMap<>();
                    put(values, field, get(record, field.name()));
                    for (String key : field.keys()) {
                        described.put(key, (String) values.get(key));
                    }
                }
            }
        }
        return described;
    }

    /** Writes {@code values} into {@code record}; returns what could not be written (nothing is half-done). */
    static List<Problem> write(RecordKind kind, Record record, Map<String, Object> values, EntityManager em) {
        List<Problem> problems = new ArrayList<>();
        for (FormField field : kind.fields()) {
            try {
                writeField(field, record, values, em, problems);
            } catch (IllegalArgumentException refused) {
                problems.add(Problem.of(field.keys()[0], "invalid"));
            }
        }
        return problems;
    }

    /** Writes one field of {@code record}: a field of the record itself, or a part of one of its rows. */
    private static void writeField(FormField field, Object record, Map<String, Object> values, EntityManager em,
            List<Problem> problems) {
        String name = field.name();
        boolean single = !field.type().isMultiple() && !field.type().isLocalized()
                && field.type() != FormFieldType.ROWS;
        String text = single ? text(values.get(name)) : null;
        if (text == null && single) {
            if (field.required() || isPrimitive(record, name)) {
                problems.add(Problem.of(name, "required"));
            } else {
                set(record, name, null);
            }
            return;
        }
        switch (field.type()) {
            case TEXT, LONG_TEXT -> set(record, name, text);
            case LOCALIZED, LOCALIZED_LONG -> {
                String zh = text(values.get(name + ".zh"));
                String en = text(values.get(name + ".en"));
                if (field.required() && (zh == null || en == null)) {
                    if (zh == null) {
                        problems.add(Problem.of(name + ".zh", "required"));
                    }
                    if (en == null) {
                        problems.add(Problem.of(name + ".en", "required"));
                    }
                } else {
                    set(record, name, zh == null && en == null ? null : LocalizedText.of(zh, en));
                }
            }
            case PARTIAL_DATE -> {
                Matcher date = DATE.matcher(text);
                if (!date.matches()) {
                    problems.add(Problem.of(name, "date"));
                    return;
                }
                try {
                    set(record, name, PartialDate.of(Integer.parseInt(date.group(1)), integer(date.group(2)),
                            integer(date.group(3))));
                } catch (IllegalArgumentException outOfRange) {
                    problems.add(Problem.of(name, "dateRange", PartialDate.EARLIEST_YEAR, PartialDate.LATEST_YEAR));
                }
            }
            case ENUM -> {
                Object constant = enumConstant(field.target(), text);
                if (constant == null) {
                    // a tampered or stale choice: not one of the listed constants
                    problems.add(Problem.of(name, "choice"));
                } else {
                    set(record, name, constant);
                }
            }
            case INTEGER -> {
                try {
                    set(record, name, Integer.valueOf(text));
                } catch (NumberFormatException notANumber) {
                    problems.add(Problem.of(name, "integer"));
                }
            }
            case DECIMAL -> {
                try {
                    // bounded before anything else sees it: "1e2147483647" would slip past @Digits (its digit
                    // count overflows) and cost the database a 10^2147483647; Bean Validation then names the digits
                    set(record, name, DecimalText.parse(text));
                } catch (NumberFormatException notANumber) {
                    problems.add(Problem.of(name, "decimal"));
                }
            }
            case BOOLEAN -> {
                if (text.equals("true") || text.equals("false")) {
                    set(record, name, Boolean.valueOf(text));
                } else {
                    problems.add(Problem.of(name, "choice"));
                }
            }
            case COUNTRY -> {
                Country country = (Country) find(em, Country.class, text);
                if (country == null) {
                    problems.add(Problem.of(name, "unknownCountry"));
                } else {
                    set(record, name, country);
                }
            }
            case RECORD -> {
                Object target = find(em, field.target(), text);
                if (target == null) {
                    problems.add(Problem.of(name, "unknownRecord"));
                } else {
                    set(record, name, target);
                }
            }
            case COUNTRIES, CITATIONS -> {
                Class<?> type = field.type() == FormFieldType.COUNTRIES ? Country.class : Citation.class;
                List<Object> found = new ArrayList<>();
                for (Object id : elements(values.get(name))) {
                    Object element = find(em, type, text(id));
                    if (element == null) {
                        problems.add(Problem.of(name, field.type() == FormFieldType.COUNTRIES ? "unknownCountry"
                                : "unknownRecord"));
                        return;
                    }
                    found.add(element);
                }
                @SuppressWarnings("unchecked")
                Collection<Object> collection = (Collection<Object>) get(record, name);
                replace(collection, found);
            }
            case ROWS -> writeRows(field, record, values.get(name), em, problems);
            default -> throw new IllegalStateException("No codec for " + field.type());
        }
    }

    /**
     * Replaces the field's rows by the form's, in the form's order (empty rows were dropped by the form). A row
     * refused in any part is reported by its number, and a record or a set member listed twice is refused.
     */
    private static void writeRows(FormField field, Object record, Object value, EntityManager em,
            List<Problem> problems) {
        @SuppressWarnings("unchecked")
        Collection<Object> collection = (Collection<Object>) get(record, field.name());
        List<?> rows = value instanceof List<?> list ? list : List.of();
        List<Object> elements = new ArrayList<>();
        List<Object> identities = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            int number = i;
            List<Problem> refused = new ArrayList<>();
            Object element;
            if (field.isReferences()) {
                element = find(em, field.target(), text(row.get(FormField.REFERENCE)));
                if (element == null) {
                    refused.add(Problem.of(FormField.REFERENCE, "unknownRecord"));
                }
            } else {
                element = instantiate(field.target());
                @SuppressWarnings("unchecked")
                Map<String, Object> parts = (Map<String, Object>) row;
                for (FormField part : field.parts()) {
                    try {
                        writeField(part, element, parts, em, refused);
                    } catch (IllegalArgumentException invalid) {
                        refused.add(Problem.of(part.keys()[0], "invalid"));
                    }
                }
            }
            // a set keeps one row per first part (a country is a member once); a list of references, each once
            Object identity = field.isReferences() ? element : text(row.get(field.rowKeys().get(0)));
            if (refused.isEmpty() && (field.isReferences() || collection instanceof Set)
                    && identities.contains(identity)) {
                refused.add(Problem.of(field.rowKeys().get(0), "duplicate"));
            }
            identities.add(identity);
            refused.forEach(problem -> problems.add(problem.within(field.name(), number)));
            elements.add(element);
        }
        if (problems.isEmpty()) {
            replace(collection, elements);
        }
    }

    /**
     * Replaces a collection's elements unless it already holds the same ones (in the same order, for a list):
     * Hibernate rewrites a collection that was cleared and refilled, which would be a revision without a change.
     */
    private static void replace(Collection<Object> collection, List<Object> elements) {
        boolean same = collection instanceof Set<?> set ? set.equals(new HashSet<>(elements))
                : new ArrayList<>(collection).equals(elements);
        if (!same) {
            collection.clear();
            collection.addAll(elements);
        }
    }

    /** A new entity or embeddable through its no-argument constructor, as JPA makes them. */
    static <T> T instantiate(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + type.getName(), e);
        }
    }

    /** The ids a multiple select sent: a list, or the array Faces makes for an untyped value. */
    private static Collection<?> elements(Object value) {
        if (value instanceof Collection<?> ids) {
            return ids;
        }
        return value instanceof Object[] ids ? List.of(ids) : List.of();
    }

    private static Object find(EntityManager em, Class<?> type, String id) {
        try {
            return id == null ? null : em.find(type, Long.valueOf(id));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException noSuchConstant) {
            return null;
        }
    }

    private static Integer integer(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String idOf(Object record) {
        return String.valueOf(((Record) record).getId());
    }

    static Object get(Object record, String name) {
        try {
            Object real = Hibernate.unproxy(record);
            return field(real.getClass(), name).get(real);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object record, String name, Object value) {
        try {
            Object real = Hibernate.unproxy(record);
            field(real.getClass(), name).set(real, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPrimitive(Object record, String name) {
        return field(Hibernate.getClass(record), name).getType().isPrimitive();
    }

    static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException notHere) {
                // declared further up (CuratedRecord's citations)
            }
        }
        throw new IllegalArgumentException("No field " + name + " in " + type.getName());
    }
}
