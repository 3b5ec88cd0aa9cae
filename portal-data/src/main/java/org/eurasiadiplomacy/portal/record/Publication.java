package org.eurasiadiplomacy.portal.record;

/**
 * The only way a public read says "published and not in the trash": by the view {@code published_record}
 * (V55), which holds the rule itself. SQL joins the view, JPQL its entity {@link PublishedRecord}; no read
 * spells out the status or the trash columns. Each helper takes the alias of a record (of any kind) already
 * in the query. A linked record goes through the same rule as the record that links to it: a published visit
 * by a draft person shows neither the person's link nor the name.
 */
public final class Publication {

    /** The view's name, for SQL. */
    public static final String VIEW = "published_record";

    private Publication() {
    }

    // ---- SQL

    /** An inner join that keeps only the rows whose record {@code alias} is public (a join alias {@code alias_pub}). */
    public static String sqlJoin(String alias) {
        return " join " + VIEW + " " + viewAlias(alias) + " on " + viewAlias(alias) + ".id = " + alias + ".id";
    }

    /**
     * A left join of {@code table} as {@code alias} to the record whose id is {@code key}, when that record is
     * public: a link to a draft or trashed record finds no row, so neither its link nor its name is read.
     */
    public static String sqlLeftJoin(String table, String alias, String key) {
        return " left join " + VIEW + " " + viewAlias(alias) + " on " + viewAlias(alias) + ".id = " + key
                + " left join " + table + " " + alias + " on " + alias + ".id = " + viewAlias(alias) + ".id";
    }

    /** A SQL condition: the record {@code alias} is public. For outer joins, where a link to a draft is no link. */
    public static String sql(String alias) {
        return " " + alias + ".id in (select " + viewAlias(alias) + ".id from " + VIEW + " " + viewAlias(alias) + ")";
    }

    // ---- JPQL

    /** A JPQL condition: the record {@code alias} (or path, such as {@code m.country}) is public. */
    public static String jpql(String alias) {
        return "exists (select 1 from " + PublishedRecord.class.getSimpleName() + " " + viewAlias(alias) + " where "
                + viewAlias(alias) + ".id = " + alias + ".id)";
    }

    /**
     * A JPQL left join of the view beside the record {@code alias}: its alias {@link #joinedAlias} is not null
     * exactly when that record is public, so one join serves every column read from a linked record.
     */
    public static String jpqlLeftJoin(String alias) {
        return " left join " + PublishedRecord.class.getSimpleName() + " " + joinedAlias(alias) + " on "
                + joinedAlias(alias) + ".id = " + alias + ".id";
    }

    /** A JPQL inner join that keeps only the rows whose record {@code alias} is public. */
    public static String jpqlJoin(String alias) {
        return " join " + PublishedRecord.class.getSimpleName() + " " + viewAlias(alias) + " on " + viewAlias(alias)
                + ".id = " + alias + ".id";
    }

    /**
     * A JPQL left join of the entity {@code entity} as {@code alias} to the record whose id is {@code key} (such as
     * {@code v.person.id}), when that record is public: a link to a draft or trashed record finds no row, so
     * neither its link nor its name is read. The JPQL twin of {@link #sqlLeftJoin}.
     */
    public static String jpqlLeftJoin(Class<?> entity, String alias, String key) {
        return " left join " + PublishedRecord.class.getSimpleName() + " " + viewAlias(alias) + " on " + viewAlias(alias)
                + ".id = " + key + " left join " + entity.getSimpleName() + " " + alias + " on " + alias + ".id = "
                + viewAlias(alias) + ".id";
    }

    /** The alias of the view joined by {@link #jpqlLeftJoin}. */
    public static String joinedAlias(String alias) {
        return viewAlias(alias);
    }

    /** The view's alias beside {@code alias}, a path's dots made underscores. */
    private static String viewAlias(String alias) {
        return alias.replace('.', '_') + "_pub";
    }
}
