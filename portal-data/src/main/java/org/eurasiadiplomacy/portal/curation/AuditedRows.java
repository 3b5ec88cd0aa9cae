package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * The rows of a rows field at each revision of one record, replayed from the audit table of its collection in
 * one query: Envers writes an addition (revtype 0) or a removal (2) of the whole row, with every column, for
 * each row that changed. A set's rows stay in the order they were added. The form keys' columns come from the mapping (collection or join table, order column,
 * column overrides), so a part added to a row is in the history without more code here.
 */
final class AuditedRows {

    private static final int DELETED = 2;
    /** The column Envers adds to tell apart the rows of a set that has no order column. */
    private static final String SET_ORDINAL = "setordinal";

    private AuditedRows() {
    }

    /** The rows of {@code field} of record {@code id} after each of {@code revisions} (ascending). */
    static Map<Integer, List<Map<String, Object>>> asOf(EntityManager em, RecordKind kind, FormField field, long id,
            List<Integer> revisions) {
        Field collection = FieldCodec.field(kind.entity(), field.name());
        JoinTable join = collection.getAnnotation(JoinTable.class);
        CollectionTable embedded = collection.getAnnotation(CollectionTable.class);
        String table = join != null ? join.name() : embedded.name();
        String owner = join != null ? join.joinColumns()[0].name() : embedded.joinColumns()[0].name();
        OrderColumn order = collection.getAnnotation(OrderColumn.class);
        Map<String, String> columns = columns(field, join);
        List<?> changes = em.createNativeQuery("select rev, revtype, " + (order != null ? order.name() : SET_ORDINAL)
                + ", " + String.join(", ", columns.values()) + " from " + table + "_aud where " + owner + " = ?1"
                + " order by rev, revtype desc").setParameter(1, id).getResultList();

        Map<Integer, List<Map<String, Object>>> asOf = new HashMap<>();
        // the rows now, by all their columns (a removal names the row it removes by them)
        Map<List<Object>, Object[]> current = new LinkedHashMap<>();
        int next = 0;
        for (int revision : revisions) {
            while (next < changes.size() && number(((Object[]) changes.get(next))[0]) <= revision) {
                Object[] change = (Object[]) changes.get(next++);
                Object[] row = Arrays.copyOfRange(change, 2, change.length);
                // a list row is its index and values; a set row its values (setordinal only counts a change's rows)
                List<Object> identity = Arrays.stream(row, order != null ? 0 : 1, row.length)
                        .map(AuditedRows::normalized).toList();
                if (change[1] != null && number(change[1]) == DELETED) {
                    current.remove(identity);
                } else {
                    current.put(identity, row);
                }
            }
            List<Object[]> ordered = new ArrayList<>(current.values());
            if (order != null) {
                ordered.sort(Comparator.comparingLong(row -> number(row[0])));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object[] row : ordered) {
                Map<String, Object> values = new LinkedHashMap<>();
                int column = 1;
                for (String key : columns.keySet()) {
                    values.put(key, normalized(row[column++]));
                }
                rows.add(values);
            }
            asOf.put(revision, rows);
        }
        return asOf;
    }

    /** The records a row refers to: the row itself for references, else its country parts. */
    static Set<Long> references(FormField field, Map<String, Object> row) {
        if (field.isReferences()) {
            return Set.of((Long) row.get(FormField.REFERENCE));
        }
        return field.parts().stream()
                .filter(part -> part.type() == FormFieldType.COUNTRY || part.type() == FormFieldType.RECORD)
                .map(part -> (Long) row.get(part.name())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** A row as one line of the history: its parts in form order, a reference by its label. */
    static String line(FormField field, Map<String, Object> row, LongFunction<String> label) {
        if (field.isReferences()) {
            return label.apply((Long) row.get(FormField.REFERENCE));
        }
        List<String> parts = new ArrayList<>();
        for (FormField part : field.parts()) {
            String text = switch (part.type()) {
                case LOCALIZED, LOCALIZED_LONG -> String.join(" / ",
                        Arrays.stream(part.keys()).map(key -> Objects.toString(row.get(key), ""))
                                .filter(value -> !value.isEmpty()).toList());
                case COUNTRY, RECORD -> row.get(part.name()) == null ? "" : label.apply((Long) row.get(part.name()));
                default -> Objects.toString(row.get(part.name()), "");
            };
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(" · ", parts);
    }

    /** The audit table's column of each form key of a row, in form order. */
    private static Map<String, String> columns(FormField field, JoinTable join) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (field.isReferences()) {
            columns.put(FormField.REFERENCE, join.inverseJoinColumns()[0].name());
            return columns;
        }
        for (FormField part : field.parts()) {
            Field attribute = FieldCodec.field(field.target(), part.name());
            if (part.type().isLocalized()) {
                for (AttributeOverride override : attribute.getAnnotationsByType(AttributeOverride.class)) {
                    columns.put(part.name() + "." + override.name(), override.column().name());
                }
            } else if (attribute.isAnnotationPresent(JoinColumn.class)) {
                columns.put(part.name(), attribute.getAnnotation(JoinColumn.class).name());
            } else {
                Column column = attribute.getAnnotation(Column.class);
                columns.put(part.name(), column != null && !column.name().isEmpty() ? column.name()
                        : attribute.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** Ids as longs and other numbers as their text, whatever type the database's driver hands out. */
    private static Object normalized(Object value) {
        return value instanceof Number number ? Long.valueOf(number.longValue()) : value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
