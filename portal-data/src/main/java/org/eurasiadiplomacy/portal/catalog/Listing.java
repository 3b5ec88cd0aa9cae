package org.eurasiadiplomacy.portal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * How one kind of record is listed: which fields it shows, in which order, where each comes from (JPQL paths
 * relative to the record), and which fields the country filter, the year range and the text search look at.
 * Built once per kind, in its feature package, and shared by the API and the public tables.
 */
public final class Listing {

    /** The alias of the listed record in every query. */
    static final String RECORD = "e";
    /** The alias of a relation's element in the query that reads it. */
    static final String ELEMENT = "m";
    /** The alias of the owning record in a relation's query. */
    static final String OWNER = "x";

    private final String name;
    private final String entityName;
    private final List<Column> columns;
    private final List<Field> fields;
    private final List<Relation> relations;
    private final List<String> joins;
    private final List<Column> countryColumns;
    private final Field yearField;
    private final List<Column> searchedColumns;
    private final List<SortKey> defaultSort;

    private Listing(Builder builder) {
        this.name = builder.name;
        this.entityName = builder.entityName;
        this.columns = List.copyOf(builder.columns);
        this.fields = columns.stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
        this.relations = columns.stream().filter(Relation.class::isInstance).map(Relation.class::cast).toList();
        this.joins = List.copyOf(builder.joins);
        this.countryColumns = builder.countryColumns.stream().map(this::requireColumn).toList();
        this.yearField = builder.yearField == null ? null : (Field) requireColumn(builder.yearField);
        this.searchedColumns = builder.searchedColumns.stream().map(this::requireColumn).toList();
        this.defaultSort = List.copyOf(builder.defaultSort);
        defaultSort.forEach(this::sortExpressions);
    }

    /** Starts the listing called {@code name} (as in the API's path) of the entity class {@code entity}. */
    public static Builder of(String name, Class<?> entity) {
        return new Builder(name, entity.getSimpleName());
    }

    public String name() {
        return name;
    }

    /** The columns in the order they are shown; the first is always {@code id}. */
    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /** Whether the {@code country} filter applies, and to which columns. */
    public List<String> countryColumns() {
        return countryColumns.stream().map(Column::name).toList();
    }

    /** The field that {@code yearFrom} and {@code yearTo} bound, if the records are dated. */
    public Optional<String> yearField() {
        return Optional.ofNullable(yearField).map(Field::name);
    }

    public List<String> searchedColumns() {
        return searchedColumns.stream().map(Column::name).toList();
    }

    /** The order when none is asked for; the id always breaks ties. */
    public List<SortKey> defaultSort() {
        return defaultSort;
    }

    String entityName() {
        return entityName;
    }

    String joinClause() {
        return joins.isEmpty() ? "" : " " + String.join(" ", joins);
    }

    List<Column> countryColumnList() {
        return countryColumns;
    }

    Optional<Field> year() {
        return Optional.ofNullable(yearField);
    }

    List<Column> searchedColumnList() {
        return searchedColumns;
    }

    /** The single-valued columns, in order: what the page query selects. */
    List<Field> fields() {
        return fields;
    }

    /** The multi-valued columns, each read by a query of its own. */
    List<Relation> relations() {
        return relations;
    }

    /**
     * A column the reader may filter on, or an error named after it: any field, and a relation that follows a
     * mapped collection (its elements are then matched in a subquery).
     */
    Column filterable(String columnName) {
        return column(columnName)
                .filter(column -> column instanceof Field || ((Relation) column).collectionPath().isPresent())
                .orElseThrow(() -> new InvalidQueryException(columnName,
                        "\"" + columnName + "\" is not a column of " + name + " that can be filtered on; "
                                + "fields: " + String.join(", ", fieldNames())));
    }

    /**
     * The JPQL expressions a sort key orders by. A localized field sorts by its English form then its Chinese
     * one, or by one of them when the key says so ({@code name.zh}).
     */
    List<String> sortExpressions(SortKey key) {
        String[] parts = key.field().split("\\.", 2);
        Optional<Field> field = column(parts[0]).filter(Field.class::isInstance).map(Field.class::cast);
        if (field.isPresent() && parts.length == 1) {
            List<String> expressions = field.get().expressions();
            return expressions.size() == 2 ? List.of(expressions.get(1), expressions.get(0)) : expressions;
        }
        if (field.isPresent() && field.get().type() == ColumnType.LOCALIZED_TEXT
                && ("zh".equals(parts[1]) || "en".equals(parts[1]))) {
            return List.of(field.get().expressions().get("zh".equals(parts[1]) ? 0 : 1));
        }
        throw new InvalidQueryException("sort", "cannot sort " + name + " by \"" + key.field()
                + "\"; sortable fields: " + String.join(", ", fieldNames()));
    }

    private List<String> fieldNames() {
        return fields().stream().map(Field::name).toList();
    }

    private Column requireColumn(String columnName) {
        return column(columnName).orElseThrow(
                () -> new IllegalArgumentException(name + " has no column " + columnName));
    }

    /** Declares a listing field by field, in the order readers see them. */
    public static final class Builder {

        private final String name;
        private final String entityName;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> joins = new ArrayList<>();
        private final Map<String, String> joinAliases = new HashMap<>();
        private final List<String> countryColumns = new ArrayList<>();
        private final List<String> searchedColumns = new ArrayList<>();
        private final List<SortKey> defaultSort = new ArrayList<>();
        private String yearField;

        private Builder(String name, String entityName) {
            this.name = Objects.requireNonNull(name, "name");
            this.entityName = entityName;
            columns.add(Field.of("id", ColumnType.ID, "id").from(RECORD));
        }

        public Builder text(String field, String path) {
            return field(Field.of(field, ColumnType.TEXT, path));
        }

        public Builder localized(String field, String path) {
            return field(Field.localized(field, path));
        }

        public Builder integer(String field, String path) {
            return field(Field.of(field, ColumnType.INTEGER, path));
        }

        public Builder bool(String field, String path) {
            return field(Field.of(field, ColumnType.BOOLEAN, path));
        }

        /** An exact decimal, shown as {@code asPrinted} makes it (e.g. without a fixed scale's zeros). */
        public Builder decimal(String field, String path, UnaryOperator<BigDecimal> asPrinted) {
            return field(new Field(field, ColumnType.DECIMAL, List.of(path), null,
                    value -> value == null ? null : asPrinted.apply((BigDecimal) value)));
        }

        public Builder enumerated(String field, String path, Class<? extends Enum<?>> enumType) {
            return field(Field.enumerated(field, path, enumType));
        }

        /** A country code the record holds itself (a country's own code). */
        public Builder code(String field, String path) {
            return field(Field.of(field, ColumnType.COUNTRY_CODE, path));
        }

        /** The code of the country the record points to through {@code association}, if it is published. */
        public Builder country(String field, String association) {
            columns.add(new Field(field, ColumnType.COUNTRY_CODE, List.of(joinPublished(association, "code")),
                    null, null));
            return this;
        }

        /**
         * The localized text at {@code path} of the record the record points to through {@code association}
         * (a framework's name, a visitor's name), if that record is published: the name a reader sees beside
         * the id, read by the same query (a join), never by a query per row.
         */
        public Builder referencedName(String field, String association, String path) {
            columns.add(new Field(field, ColumnType.LOCALIZED_TEXT, List.of(joinPublished(association, path + ".zh"),
                    joinPublished(association, path + ".en")), null, null));
            return this;
        }

        /** Like {@link #referencedName}, for a plain text such as a name in its original script. */
        public Builder referencedText(String field, String association, String path) {
            columns.add(new Field(field, ColumnType.TEXT, List.of(joinPublished(association, path)), null, null));
            return this;
        }

        /** The id of the record the record points to through {@code association}, if it is published. */
        public Builder reference(String field, String association) {
            columns.add(new Field(field, ColumnType.ID, List.of(joinPublished(association, "id")), null, null));
            return this;
        }

        /** The codes of the published countries in the collection {@code collection}, alphabetically. */
        public Builder countries(String relation, String collection) {
            return collection(relation, collection, ELEMENT, ELEMENT + ".code", false,
                    Field.of(relation, ColumnType.COUNTRY_CODE, "code"));
        }

        /** The ids of the published records in the ordered collection {@code collection}, in its order. */
        public Builder ids(String relation, String collection) {
            return collection(relation, collection, ELEMENT, "index(" + ELEMENT + ")", false,
                    Field.of(relation, ColumnType.ID, "id"));
        }

        /** {@code citationIds}: the published footnotes that support a curated record, by id. */
        public Builder citations() {
            return collection("citationIds", "citations", ELEMENT, ELEMENT + ".id", false,
                    Field.of("citationIds", ColumnType.ID, "id"));
        }

        /**
         * A list of objects, one per element of {@code collection}, with the given parts (paths relative to
         * the element).
         *
         * @param publishedPath the path (relative to the element) of a record each element needs published,
         *        such as a membership's country, or null for plain values such as offices
         * @param orderBy the path (relative to the element) to order by, or null for a list's own order
         */
        public Builder objects(String relation, String collection, String publishedPath, String orderBy,
                Field... parts) {
            return collection(relation, collection,
                    publishedPath == null ? null : ELEMENT + "." + publishedPath,
                    orderBy == null ? "index(" + ELEMENT + ")" : ELEMENT + "." + orderBy, true, parts);
        }

        /** Record ids read by a JPQL query of their own: owner id, then value, for {@code :ids}. */
        public Builder idsByQuery(String relation, String jpql) {
            columns.add(Relation.ofQuery(relation, ColumnType.ID, jpql, false));
            return this;
        }

        /** Record ids read by SQL, for link tables that no mapped collection reaches from this side. */
        public Builder idsBySql(String relation, String sql) {
            columns.add(Relation.ofQuery(relation, ColumnType.ID, sql, true));
            return this;
        }

        /** The columns whose country code, or whose list of codes, {@code country=} matches. */
        public Builder countryFilter(String... columnNames) {
            countryColumns.addAll(Arrays.asList(columnNames));
            return this;
        }

        /** The integer field that {@code yearFrom} and {@code yearTo} bound. */
        public Builder yearFilter(String field) {
            yearField = field;
            return this;
        }

        /** The text columns (fields, or relations with text parts) that the free-text search looks at. */
        public Builder search(String... columnNames) {
            searchedColumns.addAll(Arrays.asList(columnNames));
            return this;
        }

        public Builder defaultSort(String... keys) {
            defaultSort.addAll(SortKey.parse(String.join(",", keys)));
            return this;
        }

        public Listing build() {
            return new Listing(this);
        }

        private Builder field(Field field) {
            columns.add(field.from(RECORD));
            return this;
        }

        /**
         * Left-joins {@code association} (once, however many of its attributes are selected) and selects
         * {@code attribute} only when that record is published.
         */
        private String joinPublished(String association, String attribute) {
            String alias = joinAliases.computeIfAbsent(association, a -> {
                String joined = "j" + joins.size();
                joins.add("left join " + RECORD + "." + a + " " + joined + Publication.jpqlLeftJoin(joined));
                return joined;
            });
            return "case when " + Publication.joinedAlias(alias) + ".id is not null then " + alias + "." + attribute
                    + " end";
        }

        private Builder collection(String relation, String collection, String published, String orderBy,
                boolean objects, Field... parts) {
            List<Field> resolved = Arrays.stream(parts).map(part -> part.from(ELEMENT)).toList();
            StringBuilder jpql = new StringBuilder("select ").append(OWNER).append(".id");
            resolved.forEach(part -> part.expressions().forEach(e -> jpql.append(", ").append(e)));
            jpql.append(" from ").append(entityName).append(' ').append(OWNER)
                    .append(" join ").append(OWNER).append('.').append(collection).append(' ').append(ELEMENT)
                    .append(" where ").append(OWNER).append(".id in :ids");
            if (published != null) {
                jpql.append(" and ").append(Publication.jpql(published));
            }
            jpql.append(" order by ").append(OWNER).append(".id, ").append(orderBy);
            columns.add(new Relation(relation, resolved, objects, jpql.toString(), false, collection, published));
            return this;
        }
    }
}
