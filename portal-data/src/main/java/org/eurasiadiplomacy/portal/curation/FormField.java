package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.eurasiadiplomacy.portal.record.Record;

/**
 * One editable field of a kind of record: the entity's attribute name, how it is edited, whether it is
 * required (for a localized text: in both languages, as the columns are), the enum or record class it takes
 * its values from (for rows: the class of a row), and for rows of embedded values the parts of a row.
 */
public record FormField(String name, FormFieldType type, boolean required, Class<?> target, List<FormField> parts)
        implements Serializable {

    /** The row key of a row that is a reference: the id of the record it points to. */
    public static final String REFERENCE = "id";

    public FormField {
        parts = List.copyOf(parts);
    }

    public static FormField required(String name, FormFieldType type) {
        return new FormField(name, type, true, null, List.of());
    }

    public static FormField optional(String name, FormFieldType type) {
        return new FormField(name, type, false, null, List.of());
    }

    public static FormField required(String name, FormFieldType type, Class<?> target) {
        return new FormField(name, type, true, target, List.of());
    }

    public static FormField optional(String name, FormFieldType type, Class<?> target) {
        return new FormField(name, type, false, target, List.of());
    }

    /** Rows of the embeddable {@code row}, each edited through {@code parts} (fields of {@code row}). */
    public static FormField rows(String name, Class<?> row, FormField... parts) {
        return new FormField(name, FormFieldType.ROWS, false, row, List.of(parts));
    }

    /** An ordered list of references to records of {@code target}, one a row. */
    public static FormField references(String name, Class<? extends Record> target) {
        return new FormField(name, FormFieldType.ROWS, false, target, List.of());
    }

    /** Whether each row is a reference to a record rather than an embedded value. */
    public boolean isReferences() {
        return type == FormFieldType.ROWS && parts.isEmpty();
    }

    /** The keys of one row of this field: {@link #REFERENCE}, or the keys of its parts. */
    public List<String> rowKeys() {
        if (isReferences()) {
            return List.of(REFERENCE);
        }
        return parts.stream().flatMap(part -> Arrays.stream(part.keys())).toList();
    }

    /** The form value keys of this field: two for a localized text, else its name. */
    public String[] keys() {
        return type.isLocalized() ? new String[] {name + ".zh", name + ".en"} : new String[] {name};
    }

    /** The constants of an enum field, in declaration order. */
    public Object[] constants() {
        return target != null && target.isEnum() ? target.getEnumConstants() : new Object[0];
    }
}
