package org.eurasiadiplomacy.portal.kinds;

import java.util.Objects;

/**
 * How the administrators' list of records labels a kind: the kind's table (or a derived table) joined on the
 * record, any join its label needs, and the label as portable SQL (H2 and PostgreSQL) in which {@code _L}
 * stands for the language suffix ({@code _zh} or {@code _en}), such as {@code "mi.name_L || ' #' || m.ordinal"}.
 *
 * @param table the kind's table, or a derived table in parentheses
 * @param alias its alias; the query joins it {@code on alias.id = r.id}
 * @param joins further left joins the label needs, over {@code alias}, or an empty string
 * @param label the label's SQL with {@code _L} for the language
 */
public record SummaryLabel(String table, String alias, String joins, String label) {

    public SummaryLabel {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(joins, "joins");
        Objects.requireNonNull(label, "label");
    }

    /** A kind labelled from its own table. */
    public static SummaryLabel of(String table, String alias, String label) {
        return new SummaryLabel(table, alias, "", label);
    }

    /** The same with a join the label needs, such as a meeting's framework. */
    public SummaryLabel joining(String join) {
        return new SummaryLabel(table, alias, joins + " " + join, label);
    }

    /** The left join of this kind's table (and what its label needs) to the record {@code r}. */
    public String join() {
        return " left join " + table + " " + alias + " on " + alias + ".id = r.id" + joins;
    }

    /** The label in one language, {@code "zh"} or {@code "en"}. */
    public String label(String language) {
        return label.replace("_L", "_" + language);
    }
}
