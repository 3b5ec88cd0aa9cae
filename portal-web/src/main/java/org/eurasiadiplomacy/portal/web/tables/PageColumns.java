package org.eurasiadiplomacy.portal.web.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a public table page declares with {@code t:column}, read from the page itself: its field, the
 * bundle key of its heading and whether it shows before the reader chooses. The export reads them so that the
 * file has the page's columns with the page's headings, without a second list of them to keep in step.
 */
final class PageColumns {

    /** One {@code t:column} of a page. */
    record PageColumn(String field, String labelKey, boolean visible) {
    }

    private static final Pattern COLUMN = Pattern.compile("<t:column\\s([^>]*)>");
    private static final Pattern FIELD = Pattern.compile("\\bfield=\"([A-Za-z0-9]+)\"");
    private static final Pattern LABEL = Pattern.compile("\\blabel=\"#\\{msg\\['([A-Za-z0-9.]+)'\\]\\}\"");
    private static final Pattern HIDDEN = Pattern.compile("\\bvisible=\"false\"");

    private PageColumns() {
    }

    static List<PageColumn> of(String xhtml) {
        List<PageColumn> columns = new ArrayList<>();
        Matcher tag = COLUMN.matcher(xhtml);
        while (tag.find()) {
            String attributes = tag.group(1);
            Matcher field = FIELD.matcher(attributes);
            Matcher label = LABEL.matcher(attributes);
            if (!field.find() || !label.find()) {
                throw new IllegalStateException("A t:column without a field or a bundle label: " + tag.group());
            }
            columns.add(new PageColumn(field.group(1), label.group(1), !HIDDEN.matcher(attributes).find()));
        }
        return List.copyOf(columns);
    }
}
