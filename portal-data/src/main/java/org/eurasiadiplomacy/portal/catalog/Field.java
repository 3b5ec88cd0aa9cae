package org.eurasiadiplomacy.portal.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A single-valued field: its name, its type and the JPQL expressions that select it (two for a localized
 * text: Chinese, then English). Every field can be sorted and filtered on.
 *
 * @param enumType the enum of an {@link ColumnType#ENUM} field, else null
 * @param presenter turns the value read from the database into the value shown (identity for most fields)
 */
public record Field(String name, ColumnType type, List<String> expressions, Class<? extends Enum<?>> enumType,
        UnaryOperator<Object> presenter) implements Column {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        expressions = List.copyOf(expressions);
        if (expressions.size() != type.width()) {
            throw new IllegalArgumentException(name + " needs " + type.width() + " expression(s)");
        }
        if ((type == ColumnType.ENUM) != (enumType != null)) {
            throw new IllegalArgumentException(name + ": enum fields, and only they, name their enum");
        }
        presenter = presenter == null ? UnaryOperator.identity() : presenter;
    }

    /** A field at {@code path}, relative to the record (or to the element of a relation). */
    public static Field of(String name, ColumnType type, String path) {
        return new Field(name, type, List.of(path), null, null);
    }

    /** A {@code LocalizedText} embedded at {@code path}. */
    public static Field localized(String name, String path) {
        return new Field(name, ColumnType.LOCALIZED_TEXT, List.of(path + ".zh", path + ".en"), null, null);
    }

    public static Field enumerated(String name, String path, Class<? extends Enum<?>> enumType) {
        return new Field(name, ColumnType.ENUM, List.of(path), enumType, null);
    }

    /** The same field with its paths resolved against a query alias: {@code e.} or {@code m.}. */
    Field from(String alias) {
        return new Field(name, type, expressions.stream().map(path -> alias + "." + path).toList(), enumType,
                presenter);
    }

    /** The value of this field in a result row whose first column of this field is {@code at}. */
    Object read(Object[] tuple, int at) {
        return presenter.apply(type.read(tuple, at));
    }

    /** The enum constant named {@code value}, or an error that lists the allowed names. */
    Enum<?> constant(String value) {
        return Arrays.stream(enumType.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException(name, "\"" + value + "\" is not one of "
                        + Arrays.stream(enumType.getEnumConstants()).map(Enum::name)
                                .collect(Collectors.joining(", "))));
    }
}
