package org.eurasiadiplomacy.portal.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A multi-valued column: the citations of a record, the destinations of a visit, the offices of a person …
 * It is read for a whole page at once by one query whose first column is the owning record's id, followed by
 * the columns of its parts, with the page's ids bound to {@code :ids}.
 *
 * @param parts what each element holds: one part for a list of plain values, several for a list of objects
 * @param objects whether elements are objects named by their parts, or plain values
 * @param query the JPQL (or, if {@code nativeSql}, SQL) that reads the relation for {@code :ids}
 * @param collection the collection path from the owning entity, when the relation follows one; it lets
 *        searches and country filters look into the relation
 * @param publishedElement the path from the element ({@code m}) to the record that must be published for the
 *        element to show, such as {@code m} or {@code m.country}, or null for plain values
 */
public record Relation(String name, List<Field> parts, boolean objects, String query, boolean nativeSql,
        String collection, String publishedElement) implements Column {

    public Relation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        parts = List.copyOf(parts);
        if (parts.isEmpty() || (!objects && parts.size() > 1)) {
            throw new IllegalArgumentException(name + ": a list of plain values has exactly one part");
        }
    }

    /** A relation read by a query of its own, not by following a mapped collection. */
    static Relation ofQuery(String name, ColumnType type, String query, boolean nativeSql) {
        return new Relation(name, List.of(Field.of(name, type, "")), false, query, nativeSql, null, null);
    }

    Optional<String> collectionPath() {
        return Optional.ofNullable(collection);
    }

    /** The element part of the given type, if the relation has one, e.g. the country of a membership. */
    Optional<Field> part(ColumnType type) {
        return parts.stream().filter(part -> part.type() == type).findFirst();
    }
}
