package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.List;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * BibLaTeX-flavoured BibTeX: UTF-8 text kept as it is, CJK included, with LaTeX's special characters escaped
 * (braces, backslash, {@code & % $ # _ ~ ^}) so that LaTeX sets them as text; the English title in
 * {@code titleaddon}, magazines and newspapers as {@code @article} with an {@code entrysubtype}, {@code year}
 * beside the ISO {@code date} for plain BibTeX tools, and {@code urldate} for the access date. A person is
 * written "Family, Given", a literal name in braces so that no tool splits it. The URL is written as it is:
 * BibLaTeX reads {@code url} verbatim, and the portal's URLs hold no braces, backslashes or spaces.
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
            source.getUrl().ifPresent(url -> out.append("  url = {").append(url).append("},\n"));
            source.getAccessed().ifPresent(date -> field(out, "urldate", date.toIso()));
            field(out, "language", source.getLanguage());
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void names(StringBuilder out, String field, Source source, ContributorRole role) {
        List<Contributor> names = ExportSet.names(source, role);
        boolean etAl = source.isEtAl() && role == firstRole(source);
        if (names.isEmpty() && !(etAl && source.getContributors().isEmpty())) {
            return;
        }
        StringBuilder value = new StringBuilder();
        for (Contributor name : names) {
            if (!value.isEmpty()) {
                value.append(" and ");
            }
            value.append(name(name));
        }
        if (etAl) {
            value.append(value.isEmpty() ? "others" : " and others");
        }
        out.append("  ").append(field).append(" = {").append(value).append("},\n");
    }

    /**
     * "Brzezinski, Zbigniew", "武田, 史郎"; a part that BibTeX would split again (a comma, an "and", a
     * lower-case word it would take for "von") is braced, and so is every literal name, kept as written.
     */
    static String name(Contributor contributor) {
        if (contributor.isLiteral()) {
            return "{" + escape(contributor.getName()) + "}";
        }
        String family = part(contributor.getFamily().orElseThrow());
        return contributor.getGiven().map(given -> family + ", " + part(given)).orElse(family);
    }

    private static String part(String text) {
        boolean splits = text.contains(",") || text.matches("(?is).*\\band\\b.*")
                || Character.isLowerCase(text.codePointAt(0)) || text.contains(" ") && !Contributor.isCjk(text);
        return splits ? "{" + escape(text) + "}" : escape(text);
    }

    /** "et al." belongs to the first list of names printed. */
    static ContributorRole firstRole(Source source) {
        return source.getContributors().isEmpty() ? ContributorRole.AUTHOR
                : source.getContributors().get(0).getRole();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /**
     * LaTeX's special characters as text commands; escaped here, unescaped by {@link BibTeXReader}. Line breaks
     * stay: inside braces they are part of the value.
     */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
