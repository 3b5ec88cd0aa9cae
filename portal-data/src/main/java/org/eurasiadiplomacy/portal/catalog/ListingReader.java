package org.eurasiadiplomacy.portal.catalog;

import static org.eurasiadiplomacy.portal.catalog.Listing.ELEMENT;
import static org.eurasiadiplomacy.portal.catalog.Listing.OWNER;
import static org.eurasiadiplomacy.portal.catalog.Listing.RECORD;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.record.DecimalText;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * Runs listings against the database. A page is a count, one projection query with offset and limit, and one
 * query per multi-valued relation for the ids on that page: the number of statements never depends on the
 * page size. Works with any EntityManager, inside the container or outside it.
 */
public final class ListingReader {

    /** What separates the ends of a range in a numeric filter: {@code 2012..2015}, {@code -10.5..20}. */
    public static final String RANGE = "..";

    private final EntityManager em;

    public ListingReader(EntityManager em) {
        this.em = em;
    }

    /** The records that match {@code query}, one page of them, and how many match in all. */
    public Page page(Listing listing, ListingQuery query) {
        Conditions conditions = new Conditions(listing, query);
        if (query.country() != null) {
            requirePublishedCountry(query.country());
        }
        String from = from(listing) + conditions.where();
        long total = conditions.bind(em.createQuery("select count(" + RECORD + ")" + from, Long.class))
                .getSingleResult();
        if (query.limit() == 0 || query.offset() >= total) {
            return new Page(List.of(), total);
        }
        return new Page(rows(listing, conditions, from, query), total);
    }

    /** One page of the records that match {@code query}, without counting them: for a caller that knows the total. */
    public List<Row> rows(Listing listing, ListingQuery query) {
        Conditions conditions = new Conditions(listing, query);
        if (query.country() != null) {
            requirePublishedCountry(query.country());
        }
        return query.limit() == 0 ? List.of() : rows(listing, conditions, from(listing) + conditions.where(), query);
    }

    private List<Row> rows(Listing listing, Conditions conditions, String from, ListingQuery query) {
        List<Object[]> tuples = conditions.bind(em.createQuery(select(listing) + from + orderBy(listing, query),
                        Object[].class))
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
        return rows(listing, tuples);
    }

    /** The published record of this listing with this id, if there is one. */
    public Optional<Row> find(Listing listing, long id) {
        List<Object[]> tuples = em.createQuery(select(listing) + from(listing) + " where "
                        + Publication.jpql(RECORD) + " and " + RECORD + ".id = :id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        return rows(listing, tuples).stream().findFirst();
    }

    /**
     * The values a filter on {@code columnName} can match among the published records, in their address form
     * (a country code, an enum constant's name), sorted: what a filter menu offers, so that no choice gives an
     * empty table. One statement. The column is a field or a relation with a country in its elements.
     */
    public SortedSet<String> occurring(Listing listing, String columnName) {
        Column column = listing.filterable(columnName);
        String jpql;
        if (column instanceof Field field) {
            jpql = "select distinct " + field.expressions().get(0) + from(listing) + " where "
                    + Publication.jpql(RECORD);
        } else {
            Relation relation = (Relation) column;
            Field country = relation.part(ColumnType.COUNTRY_CODE).orElseThrow(() -> new IllegalArgumentException(
                    listing.name() + "." + columnName + " holds no country to offer"));
            jpql = "select distinct " + country.expressions().get(0) + " from " + listing.entityName() + " " + OWNER
                    + " join " + OWNER + "." + relation.collectionPath().orElseThrow() + " " + ELEMENT
                    + " where " + Publication.jpql(OWNER) + (relation.publishedElement() == null ? ""
                    : " and " + Publication.jpql(relation.publishedElement()));
        }
        SortedSet<String> values = new TreeSet<>();
        for (Object value : em.createQuery(jpql, Object.class).getResultList()) {
            if (value != null) {
                values.add(value instanceof Enum<?> constant ? constant.name() : value.toString());
            }
        }
        return values;
    }

    private void requirePublishedCountry(String code) {
        long known = em.createQuery("select count(c) from Country c where c.code = :code and "
                + Publication.jpql("c"), Long.class).setParameter("code", code).getSingleResult();
        if (known == 0) {
            throw new InvalidQueryException("country", "no published country has the code " + code);
        }
    }

    private static String select(Listing listing) {
        return listing.fields().stream().flatMap(field -> field.expressions().stream())
                .collect(Collectors.joining(", ", "select ", ""));
    }

    private static String from(Listing listing) {
        return " from " + listing.entityName() + " " + RECORD + listing.joinClause();
    }

    /** The order asked for (or the listing's default), then the id, so that pages never overlap. */
    private static String orderBy(Listing listing, ListingQuery query) {
        List<SortKey> keys = query.sort().isEmpty() ? listing.defaultSort() : query.sort();
        List<String> terms = new ArrayList<>();
        for (SortKey key : keys) {
            // nulls sort as the smallest value, as PartialDate orders "2004" before "2004-08"
            String direction = key.descending() ? " desc nulls last" : " asc nulls first";
            listing.sortExpressions(key).forEach(expression -> terms.add(expression + direction));
        }
        terms.add(RECORD + ".id");
        return " order by " + String.join(", ", terms);
    }

    private List<Row> rows(Listing listing, List<Object[]> tuples) {
        List<Map<String, Object>> fieldValues = new ArrayList<>();
        for (Object[] tuple : tuples) {
            Map<String, Object> values = new LinkedHashMap<>();
            int at = 0;
            for (Field field : listing.fields()) {
                values.put(field.name(), field.read(tuple, at));
                at += field.type().width();
            }
            fieldValues.add(values);
        }
        List<Long> ids = fieldValues.stream().map(values -> (Long) values.get("id")).toList();
        Map<String, Map<Long, List<Object>>> relationValues = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            listing.relations().forEach(relation -> relationValues.put(relation.name(), read(relation, ids)));
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> values : fieldValues) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column column : listing.columns()) {
                row.put(column.name(), column instanceof Field ? values.get(column.name())
                        : relationValues.get(column.name()).getOrDefault((Long) values.get("id"), List.of()));
            }
            rows.add(new Row(row));
        }
        return rows;
    }

    /** One query for the relation of every record on the page, grouped by owner, in the query's order. */
    private Map<Long, List<Object>> read(Relation relation, List<Long> ids) {
        Query query = relation.nativeSql() ? em.createNativeQuery(relation.query())
                : em.createQuery(relation.query(), Object[].class);
        Map<Long, List<Object>> byOwner = new LinkedHashMap<>();
        for (Object result : query.setParameter("ids", ids).getResultList()) {
            Object[] tuple = (Object[]) result;
            byOwner.computeIfAbsent(((Number) tuple[0]).longValue(), owner -> new ArrayList<>())
                    .add(element(relation, tuple));
        }
        return byOwner;
    }

    private static Object element(Relation relation, Object[] tuple) {
        if (!relation.objects()) {
            return relation.parts().get(0).read(tuple, 1);
        }
        Map<String, Object> element = new LinkedHashMap<>();
        int at = 1;
        for (Field part : relation.parts()) {
            element.put(part.name(), part.read(tuple, at));
            at += part.type().width();
        }
        return element;
    }

    /** The where clause of a query and the values bound to it; every value from a reader is a parameter. */
    private static final class Conditions {

        private final Listing listing;
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions(Listing listing, ListingQuery query) {
            this.listing = listing;
            clauses.add(Publication.jpql(RECORD));
            if (query.country() != null) {
                country(query.country());
            }
            years(query.yearFrom(), query.yearTo());
            if (query.text() != null) {
                text(query.text());
            }
            query.filters().forEach(this::filter);
        }

        String where() {
            return " where " + String.join(" and ", clauses);
        }

        <T extends Query> T bind(T query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** A parameter holding the LIKE pattern for {@code word}, with the width-folding tables bound too. */
        private String pattern(String word) {
            parameters.put(TextSearch.FOLDED_FROM_PARAMETER, TextSearch.FOLDED_FROM);
            parameters.put(TextSearch.FOLDED_TO_PARAMETER, TextSearch.FOLDED_TO);
            return parameter(TextSearch.containing(word));
        }

        private String parameter(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return ":" + name;
        }

        private void country(String code) {
            if (listing.countryColumnList().isEmpty()) {
                throw new InvalidQueryException("country", listing.name() + " cannot be filtered by country");
            }
            String parameter = parameter(code);
            List<String> alternatives = new ArrayList<>();
            for (Column column : listing.countryColumnList()) {
                if (column instanceof Field field) {
                    alternatives.add(field.expressions().get(0) + " = " + parameter);
                } else {
                    Relation relation = (Relation) column;
                    alternatives.add(within(relation, relation.part(ColumnType.COUNTRY_CODE).orElseThrow()
                            .expressions().get(0) + " = " + parameter));
                }
            }
            clauses.add(anyOf(alternatives));
        }

        private void years(Integer from, Integer to) {
            if (from == null && to == null) {
                return;
            }
            Field year = listing.year().orElseThrow(() -> new InvalidQueryException(from != null ? "yearFrom"
                    : "yearTo", listing.name() + " are not dated and cannot be filtered by year"));
            String expression = year.expressions().get(0);
            if (from != null) {
                clauses.add(expression + " >= " + parameter(from));
            }
            if (to != null) {
                clauses.add(expression + " <= " + parameter(to));
            }
        }

        private void text(String text) {
            if (listing.searchedColumnList().isEmpty()) {
                throw new InvalidQueryException("q", listing.name() + " cannot be searched by text");
            }
            for (String word : TextSearch.words(text)) {
                String pattern = pattern(word);
                List<String> alternatives = new ArrayList<>();
                for (Column column : listing.searchedColumnList()) {
                    if (column instanceof Field field) {
                        field.expressions().forEach(e -> alternatives.add(TextSearch.matches(e, pattern)));
                    } else {
                        Relation relation = (Relation) column;
                        relation.part(ColumnType.TEXT).ifPresent(part -> alternatives.add(
                                within(relation, TextSearch.matches(part.expressions().get(0), pattern))));
                    }
                }
                clauses.add(anyOf(alternatives));
            }
        }

        /**
         * A filter on one column. Text contains every word of the value; a number equals it, or lies in a range
         * written {@code from..to} (either end may be left out: {@code ..20}, {@code -10.5..}); anything else
         * equals it. A relation matches when one of its elements does: by its country code if it has one, else
         * by its text.
         */
        private void filter(String name, String value) {
            Column column = listing.filterable(name);
            if (column instanceof Field field) {
                clauses.add(condition(field, value));
                return;
            }
            Relation relation = (Relation) column;
            List<Field> parts = relation.part(ColumnType.COUNTRY_CODE).map(List::of).orElseGet(() -> relation.parts()
                    .stream().filter(part -> part.type() == ColumnType.TEXT || part.type() == ColumnType.LOCALIZED_TEXT)
                    .toList());
            if (parts.isEmpty()) {
                parts = List.of(relation.parts().get(0));
            }
            clauses.add(within(relation, anyOf(parts.stream().map(part -> condition(part, value)).toList())));
        }

        private String condition(Field field, String value) {
            List<String> expressions = field.expressions();
            return switch (field.type()) {
                case TEXT, LOCALIZED_TEXT -> TextSearch.words(value).isEmpty() ? "1 = 1" : TextSearch.words(value).stream()
                        .map(word -> {
                            String pattern = pattern(word);
                            return anyOf(expressions.stream().map(e -> TextSearch.matches(e, pattern)).toList());
                        })
                        .collect(Collectors.joining(" and ", "(", ")"));
                case INTEGER, DECIMAL -> numeric(field, value);
                default -> expressions.get(0) + " = " + parameter(typed(field, value));
            };
        }

        /** A number, or a range of numbers with {@code ..} between its ends, inclusive. */
        @SuppressWarnings("unchecked") // INTEGER and DECIMAL fields are typed as Integer or BigDecimal
        private String numeric(Field field, String value) {
            String text = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
            String expression = field.expressions().get(0);
            int dots = text.indexOf(RANGE);
            if (dots < 0) {
                return expression + " = " + parameter(typed(field, text));
            }
            String from = text.substring(0, dots).strip();
            String to = text.substring(dots + RANGE.length()).strip();
            if (from.isEmpty() && to.isEmpty()) {
                throw new InvalidQueryException(field.name(), "a range needs at least one end, e.g. -10.5..20");
            }
            List<String> bounds = new ArrayList<>();
            Object low = from.isEmpty() ? null : typed(field, from);
            Object high = to.isEmpty() ? null : typed(field, to);
            if (low != null && high != null && ((Comparable<Object>) low).compareTo(high) > 0) {
                throw new InvalidQueryException(field.name(), "the range " + text + " ends before it starts");
            }
            if (low != null) {
                bounds.add(expression + " >= " + parameter(low));
            }
            if (high != null) {
                bounds.add(expression + " <= " + parameter(high));
            }
            return "(" + String.join(" and ", bounds) + ")";
        }

        private static Object typed(Field field, String value) {
            String text = value.strip();
            try {
                return switch (field.type()) {
                    case ID -> Long.valueOf(text);
                    case INTEGER -> Integer.valueOf(text);
                    case DECIMAL -> DecimalText.parse(text);
                    case BOOLEAN -> switch (text) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> throw new InvalidQueryException(field.name(), "must be true or false, not "
                                + InvalidQueryException.quoted(value));
                    };
                    case ENUM -> field.constant(text);
                    default -> text.toUpperCase(Locale.ROOT);
                };
            } catch (NumberFormatException e) {
                throw new InvalidQueryException(field.name(), (field.type() == ColumnType.DECIMAL
                        ? "must be a plain number with at most " + DecimalText.MAX_INTEGER_DIGITS + " digits before "
                          + "the point and " + DecimalText.MAX_FRACTION_DIGITS + " after it, or a range such as "
                          + "-10.5..20; not "
                        : "must be a number or a range such as -10.5..20, not ") + InvalidQueryException.quoted(value));
            }
        }

        /** The record has an element in the relation's collection that satisfies {@code condition}. */
        private String within(Relation relation, String condition) {
            String collection = relation.collectionPath().orElseThrow(() -> new IllegalStateException(
                    relation.name() + " follows no collection and cannot be searched or filtered"));
            return RECORD + ".id in (select " + OWNER + ".id from " + listing.entityName() + " " + OWNER
                    + " join " + OWNER + "." + collection + " " + ELEMENT + " where " + condition + ")";
        }

        private static String anyOf(List<String> alternatives) {
            return alternatives.stream().collect(Collectors.joining(" or ", "(", ")"));
        }
    }
}
