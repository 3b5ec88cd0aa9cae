package org.eurasiadiplomacy.portal.curation;

import jakarta.persistence.Query;
import java.util.Locale;
import java.util.Map;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * What the administrators' list of records shows (issue 16, item 2): a kind or all, a status filter, words that
 * the record's label holds in either language, and an order. Everything becomes SQL over
 * {@link RecordSummaryQuery}'s projection, so the database filters, sorts and pages; the order's column comes
 * from a fixed list, never from the request.
 *
 * @param kind     one kind, or null for every kind
 * @param filter   drafts, published, both (null: both) or the trash
 * @param text     words the label contains, case-insensitive; blank for any (at most {@link #TEXT_LENGTH} looked at)
 * @param order    {@code label}, {@code kind}, {@code status} or {@code modifiedAt}; else newest change first
 * @param descending the order reversed
 * @param locale   the reader's language, whose label is searched first and sorted by
 */
public record RecordsQuery(RecordKind kind, StatusFilter filter, String text, String order, boolean descending,
        Locale locale) {

    /** Longer search text is cut: a label is never longer than this, and a long pattern costs work per row. */
    public static final int TEXT_LENGTH = 100;

    private static final Map<String, String> COLUMNS = Map.of("kind", "listed.kind", "status", "listed.status",
            "modifiedAt", "listed.modified_at");

    String where() {
        return switch (filter == null ? StatusFilter.ACTIVE : filter) {
            case ACTIVE -> " where r.deleted_at is null";
            case PUBLISHED -> " where r.deleted_at is null and r.status = 'PUBLISHED'";
            case DRAFT -> " where r.deleted_at is null and r.status = 'DRAFT'";
            case TRASH -> " where r.deleted_at is not null";
        } + (kind != null ? " and r.record_type = :kind" : "");
    }

    String textCondition() {
        return pattern() == null ? ""
                : " where (lower(listed.label_en) like :text escape '!'"
                        + " or lower(listed.label_zh) like :text escape '!')";
    }

    String orderBy() {
        String column = order == null ? null
                : "label".equals(order) ? (chinese() ? "listed.label_zh" : "listed.label_en") : COLUMNS.get(order);
        if (column == null) {
            return " order by listed.modified_at desc, listed.id desc";
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + ", listed.id" + direction;
    }

    void bind(Query query) {
        if (kind != null) {
            query.setParameter("kind", kind.discriminator());
        }
        String pattern = pattern();
        if (pattern != null) {
            query.setParameter("text", pattern);
        }
    }

    /** The LIKE pattern of {@code text}: its own % and _ escaped, lower case. */
    private String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String words = text.strip();
        words = words.substring(0, Math.min(words.length(), TEXT_LENGTH)).toLowerCase(Locale.ROOT);
        return "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private boolean chinese() {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
