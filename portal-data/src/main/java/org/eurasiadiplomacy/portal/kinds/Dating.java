package org.eurasiadiplomacy.portal.kinds;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * How a kind of record is dated, and so how it enters the timeline: the table (with the joins its label needs)
 * whose {@code date_year}, {@code date_month} and {@code date_day} columns date it, the SQL of the parts its
 * label is made of, and its category, if it has one. The timeline reads every dated kind with one union, so
 * these are SQL fragments over the kind's own alias; the label is made in Java from the parts read.
 *
 * @param from the kind's table and alias, with any join its label needs ({@code "meeting m join initiative i …"})
 * @param alias the alias of the kind's own table in {@code from}
 * @param titleZh the SQL of the label's main part in Chinese ({@code titleEn}: in English)
 * @param detailZh the SQL of a second part (a visit's destination) in Chinese ({@code detailEn}: in English), or null
 * @param number the SQL of a number in the label (a meeting's ordinal), or null
 * @param category the SQL of the record's {@code EventCategory} name (a column, or a literal for a kind of one
 *        category), or null: a kind without a category leaves the timeline when a reader picks one
 * @param condition an extra SQL condition, such as "is dated at all", or null
 * @param label the label a reader sees, from the parts read
 */
public record Dating(String from, String alias, String titleZh, String titleEn, String detailZh, String detailEn,
        String number, String category, String condition, Function<Parts, LocalizedText> label) {

    /** The label's parts as the timeline read them. */
    public record Parts(String titleZh, String titleEn, String detailZh, String detailEn, Integer number) {
    }

    public Dating {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(label, "label");
    }

    /** A kind dated by its own columns and labelled by {@code titleZh} / {@code titleEn}. */
    public static Dating of(String from, String alias, String titleZh, String titleEn) {
        return new Dating(from, alias, titleZh, titleEn, null, null, null, null, null,
                parts -> LocalizedText.of(parts.titleZh(), parts.titleEn()));
    }

    public Dating detail(String zh, String en) {
        return new Dating(from, alias, titleZh, titleEn, zh, en, number, category, condition, label);
    }

    public Dating number(String sql) {
        return new Dating(from, alias, titleZh, titleEn, detailZh, detailEn, sql, category, condition, label);
    }

    public Dating category(String sql) {
        return new Dating(from, alias, titleZh, titleEn, detailZh, detailEn, number, sql, condition, label);
    }

    /** Only the records that meet {@code sql} are on the timeline (an undated initiative is not). */
    public Dating when(String sql) {
        return new Dating(from, alias, titleZh, titleEn, detailZh, detailEn, number, category, sql, label);
    }

    public Dating labelled(Function<Parts, LocalizedText> maker) {
        return new Dating(from, alias, titleZh, titleEn, detailZh, detailEn, number, category, condition, maker);
    }

    public Optional<String> categorySql() {
        return Optional.ofNullable(category);
    }

    public Optional<String> conditionSql() {
        return Optional.ofNullable(condition);
    }
}
