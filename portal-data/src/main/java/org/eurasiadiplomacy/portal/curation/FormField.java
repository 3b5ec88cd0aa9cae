package org.eurasiadiplomacy.portal.curation;

import java.io.Serializable;

/**
 * One editable field of a kind of record: the entity's attribute name, how it is edited, whether it is
 * required (for a localized text: in both languages, as the columns are), and the enum or record class it
 * takes its values from.
 */
public record FormField(String name, FieldType type, boolean required, Class<?> target) implements Serializable {

    public static FormField required(String name, FieldType type) {
        return new FormField(name, type, true, null);
    }

    public static FormField optional(String name, FieldType type) {
        return new FormField(name, type, false, null);
    }

    public static FormField required(String name, FieldType type, Class<?> target) {
        return new FormField(name, type, true, target);
    }

    public static FormField optional(String name, FieldType type, Class<?> target) {
        return new FormField(name, type, false, target);
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
