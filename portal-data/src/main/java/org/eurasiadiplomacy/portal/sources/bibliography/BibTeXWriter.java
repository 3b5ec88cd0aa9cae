package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * BibLaTeX-flavoured BibTeX: UTF-8 text kept as it is (no LaTeX escapes but for braces and backslashes), the
 * English title in {@code titleaddon}, magazines and newspapers as {@code @article} with an
 * {@code entrysubtype}, and {@code year} beside the ISO {@code date} for plain BibTeX tools.
 */
final class BibTeXWriter {

    private BibTeXWriter() {
    }

    static String write(ExportSet set) {
        StringBuilder out = new StringBuilder();
        for (Source source : set.sources()) {
            out.append('@').append(BibTeXTypes.entryType(source.getType())).append('{').append(set.key(source))
                    .append(",\n");
            BibTeXTypes.subtype(source.getType()).ifPresent(subtype -> field(out, "entrysubtype", subtype));
            names(out, "author", source, ContributorRole.AUTHOR);
            names(out, "editor", source, ContributorRole.EDITOR);
            names(out, "translator", source, ContributorRole.TRANSLATOR);
            field(out, "title", source.getTitle());
            source.getTitleEn().ifPresent(title -> field(out, "titleaddon", title));
            source.getContainer().ifPresent(container -> field(out,
                    BibTeXTypes.containerField(source.getType()), container));
            source.getParent().ifPresent(book -> {
                field(out, "crossref", set.key(book));
                field(out, "booktitle", book.getTitle());
            });
            source.getPublisher().ifPresent(publisher -> field(out, "publisher", publisher));
            source.getPlace().ifPresent(place -> field(out, "address", place));
            source.getDate().ifPresent(date -> {
                field(out, "year", Integer.toString(date.getYear()));
                field(out, "date", date.toIso());
            });
            source.getVolume().ifPresent(volume -> field(out, "volume", volume));
            source.getIssue().ifPresent(issue -> field(out, "number", issue));
            // BibTeX's range dash is "--"; the portal keeps the single hyphen the article prints
            source.getPages().ifPresent(pages -> field(out, "pages", pages.replace("-", "--")));
            source.getUrl().ifPresent(url -> field(out, "url", url));
            field(out, "language", source.getLanguage());
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void names(StringBuilder out, String field, Source source, ContributorRole role) {
        List<String> names = ExportSet.names(source, role);
        boolean etAl = source.isEtAl() && role == firstRole(source);
        if (names.isEmpty() && !(etAl && source.getContributors().isEmpty())) {
            return;
        }
        StringBuilder value = new StringBuilder();
        for (String name : names) {
            if (!value.isEmpty()) {
                value.append(" and ");
            }
            // braces keep the name as printed: BibTeX would otherwise split it into given and family names
            value.append('{').append(escape(name)).append('}');
        }
        if (etAl) {
            value.append(value.isEmpty() ? "others" : " and others");
        }
        out.append("  ").append(field).append(" = {").append(value).append("},\n");
    }

    /** "et al." belongs to the first list of names printed. */
    static ContributorRole firstRole(Source source) {
        return source.getContributors().isEmpty() ? ContributorRole.AUTHOR
                : source.getContributors().get(0).getRole();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /** Braces and backslashes are BibTeX syntax; escaped here, unescaped by {@link BibTeXReader}. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{' -> escaped.append("\\{");
                case '}' -> escaped.append("\\}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
