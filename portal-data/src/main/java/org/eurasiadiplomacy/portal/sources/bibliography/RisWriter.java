package org.eurasiadiplomacy.portal.sources.bibliography;

import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * RIS: AU authors, ED editors, A4 translators, TI the original title, TT the translated one, T2 the journal or
 * the chapter's book, PY the year and DA the date as precise as known, C8 "et al." when the list of names is
 * knowingly incomplete (RIS has no field for it), Y2 the access date. A person is "Family, Given" (the form
 * RIS readers split), a literal name is written whole.
 */
final class RisWriter {

    static final String ET_AL = "et al.";

    private RisWriter() {
    }

    static String write(ExportSet set) {
        StringBuilder out = new StringBuilder();
        for (Source source : set.sources()) {
            line(out, "TY", RisTypes.code(source.getType()));
            line(out, "ID", set.key(source));
            for (Contributor contributor : source.getContributors()) {
                line(out, switch (contributor.getRole()) {
                    case AUTHOR -> "AU";
                    case EDITOR -> "ED";
                    case TRANSLATOR -> "A4";
                }, contributor.isLiteral() ? contributor.getName() : contributor.getFamily().orElseThrow()
                        + contributor.getGiven().map(given -> ", " + given).orElse(""));
            }
            if (source.isEtAl()) {
                line(out, "C8", ET_AL);
            }
            line(out, "TI", source.getTitle());
            source.getTitleEn().ifPresent(title -> line(out, "TT", title));
            source.getContainer().ifPresent(container -> line(out, "T2", container));
            source.getParent().ifPresent(book -> line(out, "T2", book.getTitle()));
            source.getPublisher().ifPresent(publisher -> line(out, "PB", publisher));
            source.getPlace().ifPresent(place -> line(out, "CY", place));
            source.getDate().ifPresent(date -> {
                line(out, "PY", Integer.toString(date.getYear()));
                if (date.getMonth() != null) {
                    line(out, "DA", risDate(date));
                }
            });
            source.getVolume().ifPresent(volume -> line(out, "VL", volume));
            source.getIssue().ifPresent(issue -> line(out, "IS", issue));
            source.getPages().ifPresent(pages -> {
                String[] range = ExportSet.pageRange(pages);
                line(out, "SP", range[0]);
                if (range.length > 1) {
                    line(out, "EP", range[1]);
                }
            });
            source.getUrl().ifPresent(url -> line(out, "UR", url));
            source.getAccessed().ifPresent(date -> line(out, "Y2", date.toIso().replace('-', '/')));
            line(out, "LA", source.getLanguage());
            out.append("ER  - \n\n");
        }
        return out.toString();
    }

    /** RIS dates are "YYYY/MM/DD/other", with empty parts for what is unknown. */
    private static String risDate(PartialDate date) {
        return String.format("%04d/%02d/%s/", date.getYear(), date.getMonth(),
                date.getDay() == null ? "" : String.format("%02d", date.getDay()));
    }

    /**
     * A value's own line break is written as an unindented continuation line, which {@link RisReader} reads
     * back as a line break (an indented one would be a tool's wrapping, read as a space). A line RIS cannot
     * carry that way (blank, indented, or looking like a field of its own) is joined with a space, so that no
     * value's text can start a field.
     */
    private static void line(StringBuilder out, String tag, String value) {
        String[] lines = RisReader.LINE_END.split(value, -1);
        out.append(tag).append("  - ").append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String next = lines[i];
            boolean carried = !next.isBlank() && !Character.isWhitespace(next.charAt(0))
                    && !RisReader.FIELD.matcher(next.stripTrailing()).matches();
            out.append(carried ? "\n" : " ").append(carried ? next : next.strip());
        }
        out.append('\n');
    }
}
