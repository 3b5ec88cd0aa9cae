package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules every stored text of a record keeps, whichever field it is in: it fits its column (the length the
 * entity's {@code @Column} or {@code @AttributeOverride} declares, so an over-long text is refused on its field
 * before the database refuses the whole save), it holds no control character but tab and line breaks, and it
 * is not made of invisible characters only (zero-width spaces, fillers). Walks the record's text fields, its
 * localized texts and the rows of its element collections by reflection over the mapping annotations, so a
 * new field is covered without being named here. Used through the {@link StorableText} constraint.
 */
public final class TextRules {

    /** What is wrong with a text. */
    public enum Breach {
        TOO_LONG,
        CONTROL_CHARACTER,
        INVISIBLE_ONLY
    }

    /**
     * A text that breaks a rule: where (property names, with a row's index as a number, e.g. {@code offices, 2,
     * title, en}), what, and the column's length.
     */
    public record Violation(List<Object> path, Breach breach, int maxLength) {

        public Violation {
            path = List.copyOf(path);
        }

        /** The path as the curation form writes keys: {@code offices.2.title.en}. */
        public String key() {
            StringBuilder key = new StringBuilder();
            for (Object node : path) {
                key.append(key.isEmpty() ? "" : ".").append(node);
            }
            return key.toString();
        }
    }

    /** JPA's default length of a text column. */
    private static final int DEFAULT_LENGTH = 255;
    private static final Map<Class<?>, List<Field>> TEXT_FIELDS = new ConcurrentHashMap<>();

    private TextRules() {
    }

    public static List<Violation> check(Object entity) {
        List<Violation> violations = new ArrayList<>();
        walk(entity, List.of(), violations);
        return violations;
    }

    /** The breach of one text, if any, for a column of {@code maxLength} characters (0: unbounded). */
    public static Breach breachOf(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (maxLength > 0 && text.length() > maxLength) {
            return Breach.TOO_LONG;
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Breach.CONTROL_CHARACTER;
            }
            visible |= !invisible(c);
            i += Character.charCount(c);
        }
        return !text.isEmpty() && !visible ? Breach.INVISIBLE_ONLY : null;
    }

    /** Spaces, format characters (zero-width space, joiners, BOM) and the blank letters some scripts have. */
    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
    }

    private static void walk(Object object, List<Object> at, List<Violation> violations) {
        for (Field field : textFields(object.getClass())) {
            Object value = read(field, object);
            if (value == null) {
                continue;
            }
            List<Object> path = append(at, field.getName());
            if (value instanceof String text) {
                add(text, length(field), path, violations);
            } else if (value instanceof LocalizedText localized) {
                add(localized.getZh(), overridden(field, "zh"), append(path, "zh"), violations);
                add(localized.getEn(), overridden(field, "en"), append(path, "en"), violations);
            } else if (value instanceof Collection<?> rows) {
                int index = 0;
                for (Object row : rows) {
                    if (row != null && row.getClass().isAnnotationPresent(Embeddable.class)) {
                        walk(row, append(path, index), violations);
                    }
                    index++;
                }
            }
        }
    }

    private static void add(String text, int maxLength, List<Object> path, List<Violation> violations) {
        Breach breach = breachOf(text, maxLength);
        if (breach != null) {
            violations.add(new Violation(path, breach, maxLength));
        }
    }

    /** The fields that hold text: strings, localized texts, and element collections (of embeddable rows). */
    private static List<Field> textFields(Class<?> type) {
        return TEXT_FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    boolean text = field.getType() == String.class || field.getType() == LocalizedText.class
                            || field.isAnnotationPresent(ElementCollection.class);
                    if (text && !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }

    private static Object read(Field field, Object object) {
        try {
            return field.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static int length(Field field) {
        if (field.isAnnotationPresent(Lob.class)) {
            return 0;
        }
        Column column = field.getAnnotation(Column.class);
        return column == null ? DEFAULT_LENGTH : column.length();
    }

    private static int overridden(Field field, String part) {
        List<AttributeOverride> overrides = new ArrayList<>(List.of(field.getAnnotationsByType(AttributeOverride.class)));
        AttributeOverrides many = field.getAnnotation(AttributeOverrides.class);
        if (many != null) {
            overrides.addAll(List.of(many.value()));
        }
        return overrides.stream().filter(o -> o.name().equals(part)).findFirst()
                .map(o -> o.column().length()).orElse(DEFAULT_LENGTH);
    }

    private static List<Object> append(List<Object> path, Object node) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(node);
        return longer;
    }
}
