package org.eurasiadiplomacy.portal.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eurasiadiplomacy.portal.catalog.Row;

/**
 * Formats a source as the article's footnotes print it, without the footnote's locator: Chinese and Japanese
 * sources in the Chinese form (著／譯／主編, 〈篇名〉, 《書名》, 第 N 期（2018 年 4 月）, 頁 73-81), the others in the
 * English notes form the article uses (Author, “Title,” Journal, Vol. 3, No. 2 (2012), pp. 147-160.).
 *
 * <p>Works on catalog rows (the {@link SourceListing} columns), so a whole page is formatted from the same few
 * projection queries that list it. The article prints books' publication facts in half-width brackets twice
 * (footnotes 1 and 6) and in full-width ones once (footnote 9); this form uses the full-width ones throughout,
 * like every other bracket of its Chinese notes. "et. al." (footnotes 12, 13) is printed "et al." (curator
 * note 2209).
 */
public final class ArticleStyle {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private ArticleStyle() {
    }

    /** Whether the source is cited in the Chinese form: written in Chinese or Japanese. */
    public static boolean isChineseForm(Row source) {
        String language = text(source, "language");
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("-")[0];
        return primary.equals("zh") || primary.equals("ja");
    }

    /**
     * The entry as the article would print it.
     *
     * @param parent the book a chapter stands in (its {@code parentId}), or null
     */
    public static String format(Row source, Row parent) {
        return isChineseForm(source) ? chinese(source, parent) : english(source, parent);
    }

    // ---- the Chinese form -------------------------------------------------------------------------------

    private static String chinese(Row source, Row parent) {
        String responsibility = chineseResponsibility(source);
        StringBuilder out = new StringBuilder(responsibility.isEmpty() ? "" : responsibility + "，");
        boolean book = type(source).isPublishedVolume();
        out.append(book ? "《" : "〈").append(text(source, "title")).append(book ? "》" : "〉");
        if (book) {
            out.append(chinesePublication(source));
        } else if (type(source) == SourceType.BOOK_CHAPTER && parent != null) {
            out.append("，收錄於").append(chineseResponsibility(parent)).append("，《").append(text(parent, "title"))
                    .append("》").append(chinesePublication(parent));
        }
        String container = text(source, "container");
        if (container != null) {
            out.append("，").append(type(source).isContained() ? "《" + container + "》" : container);
        }
        String volume = text(source, "volume");
        String issue = text(source, "issue");
        if (volume != null || issue != null) {
            out.append("，");
            if (volume != null) {
                out.append("第 ").append(volume).append(" 卷");
            }
            if (issue != null) {
                out.append("第 ").append(issue).append(" 期");
            }
        }
        if (!book && year(source) != null) {
            // "第 3 期（2018 年 4 月）" but "《東洋経済》，（2020 年 6 月 20 號）" when there is no issue (footnote 39)
            out.append(volume != null || issue != null ? "" : "，").append("（").append(chineseDate(source))
                    .append("）");
        }
        appendIfPresent(out, "，頁 ", text(source, "pages"));
        appendIfPresent(out, "，", text(source, "url"));
        return out.append("。").toString();
    }

    /** "高板正堯著；張帆譯", "劉江永主編", "外務省", or nothing when no one is named. */
    private static String chineseResponsibility(Row source) {
        List<String> authors = names(source, ContributorRole.AUTHOR);
        List<String> editors = names(source, ContributorRole.EDITOR);
        List<String> translators = names(source, ContributorRole.TRANSLATOR);
        String etAl = Boolean.TRUE.equals(source.get("etAl")) ? "等" : "";
        List<String> parts = new ArrayList<>();
        if (!authors.isEmpty()) {
            parts.add(cjkJoin(cjkJoin(String.join("、", authors), etAl), translators.isEmpty() ? "" : "著"));
        }
        if (!editors.isEmpty()) {
            parts.add(cjkJoin(cjkJoin(String.join("、", editors), authors.isEmpty() ? etAl : ""), "主編"));
        }
        if (!translators.isEmpty()) {
            parts.add(cjkJoin(String.join("、", translators), "譯"));
        }
        return String.join("；", parts);
    }

    /** "（台北：廣場出版，2019 年）" */
    private static String chinesePublication(Row source) {
        List<String> parts = new ArrayList<>();
        String place = text(source, "place");
        String publisher = text(source, "publisher");
        if (place != null || publisher != null) {
            parts.add(place != null && publisher != null ? place + "：" + publisher
                    : Objects.requireNonNullElse(place, publisher));
        }
        if (year(source) != null) {
            parts.add(chineseDate(source));
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    /** "2018 年 4 月", "2006 年 3 月 17 號": the article's own form for days. */
    private static String chineseDate(Row source) {
        StringBuilder out = new StringBuilder().append(year(source)).append(" 年");
        if (source.get("month") != null) {
            out.append(' ').append(source.get("month")).append(" 月");
            if (source.get("day") != null) {
                out.append(' ').append(source.get("day")).append(" 號");
            }
        }
        return out.toString();
    }

    /** Joins Chinese and Latin text with the one space the article sets between scripts ("Brzezinski 著"). */
    private static String cjkJoin(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        char last = left.charAt(left.length() - 1);
        boolean latinThenCjk = last < 0x2E80 && Character.isLetterOrDigit(last) && right.charAt(0) >= 0x2E80;
        return latinThenCjk ? left + " " + right : left + right;
    }

    // ---- the English form -------------------------------------------------------------------------------

    private static String english(Row source, Row parent) {
        StringBuilder out = new StringBuilder();
        SourceType type = type(source);
        String responsibility = englishResponsibility(source, type == SourceType.EDITED_BOOK);
        if (!responsibility.isEmpty()) {
            out.append(responsibility).append(", ");
        }
        if (type.isPublishedVolume()) {
            out.append(text(source, "title")).append(englishPublication(source));
        } else {
            String title = text(source, "title");
            // Chicago sets the comma inside the quotes, but not after a question or exclamation mark
            boolean closed = title.endsWith("?") || title.endsWith("!");
            out.append('“').append(title).append(closed ? "”" : ",”");
            List<String> rest = new ArrayList<>();
            if (type == SourceType.BOOK_CHAPTER && parent != null) {
                String editors = englishResponsibility(parent, true);
                rest.add("in " + (editors.isEmpty() ? "" : editors + ", ") + text(parent, "title")
                        + englishPublication(parent));
            }
            String container = text(source, "container");
            if (type == SourceType.JOURNAL_ARTICLE) {
                StringBuilder journal = new StringBuilder(Objects.requireNonNullElse(container, ""));
                appendIfPresent(journal, ", Vol. ", text(source, "volume"));
                appendIfPresent(journal, ", No. ", text(source, "issue"));
                if (year(source) != null) {
                    journal.append(" (").append(englishDate(source)).append(')');
                }
                rest.add(journal.toString().replaceFirst("^, ", ""));
            } else {
                if (container != null) {
                    rest.add(container);
                }
                if (type != SourceType.BOOK_CHAPTER && year(source) != null) {
                    rest.add(englishDate(source));
                }
            }
            if (text(source, "pages") != null) {
                rest.add((text(source, "pages").matches("\\d+") ? "p. " : "pp. ") + text(source, "pages"));
            }
            if (text(source, "url") != null) {
                rest.add(text(source, "url"));
            }
            rest.removeIf(String::isBlank);
            if (!rest.isEmpty()) {
                out.append(' ').append(String.join(", ", rest));
            }
        }
        return out.toString().endsWith(".") ? out.toString() : out.append('.').toString();
    }

    /** "Peter Hopkirk", "A and B", "A, B, and C", "Christopher Len et al. eds." */
    private static String englishResponsibility(Row source, boolean asEditors) {
        List<String> authors = names(source, ContributorRole.AUTHOR);
        List<String> editors = names(source, ContributorRole.EDITOR);
        boolean etAl = Boolean.TRUE.equals(source.get("etAl"));
        boolean editorsOnly = authors.isEmpty() && !editors.isEmpty();
        List<String> named = editorsOnly ? editors : authors;
        if (named.isEmpty()) {
            return "";
        }
        String names = englishList(named) + (etAl ? " et al." : "");
        if (editorsOnly && asEditors) {
            names += named.size() > 1 || etAl ? " eds." : " ed.";
        }
        List<String> translators = names(source, ContributorRole.TRANSLATOR);
        return translators.isEmpty() ? names : names + ", trans. " + englishList(translators);
    }

    private static String englishList(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    /** " (London: John Murray, 2016)" */
    private static String englishPublication(Row source) {
        StringBuilder out = new StringBuilder();
        String place = text(source, "place");
        String publisher = text(source, "publisher");
        if (place != null) {
            out.append(place).append(publisher != null ? ": " : "");
        }
        appendIfPresent(out, "", publisher);
        if (year(source) != null) {
            out.append(out.isEmpty() ? "" : ", ").append(year(source));
        }
        return out.isEmpty() ? "" : " (" + out + ")";
    }

    /** "January 2, 1996", "February 2019", "2012". */
    private static String englishDate(Row source) {
        Object month = source.get("month");
        Object day = source.get("day");
        if (month == null) {
            return String.valueOf(year(source));
        }
        String name = MONTHS[((Number) month).intValue() - 1];
        return day == null ? name + " " + year(source) : name + " " + day + ", " + year(source);
    }

    // ---- reading the row --------------------------------------------------------------------------------

    private static SourceType type(Row source) {
        return SourceType.valueOf((String) source.get("type"));
    }

    private static Object year(Row source) {
        return source.get("year");
    }

    private static String text(Row source, String column) {
        Object value = source.get(column);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The names of the contributors in {@code role}, in printed order. */
    private static List<String> names(Row source, ContributorRole role) {
        Object contributors = source.get("contributors");
        if (!(contributors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(element -> (Map<?, ?>) element)
                .filter(contributor -> role.name().equals(contributor.get("role")))
                .map(contributor -> (String) contributor.get("name"))
                .toList();
    }

    private static void appendIfPresent(StringBuilder out, String prefix, String value) {
        if (value != null) {
            out.append(prefix).append(value);
        }
    }
}
