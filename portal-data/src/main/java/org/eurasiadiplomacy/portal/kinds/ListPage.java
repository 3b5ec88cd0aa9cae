package org.eurasiadiplomacy.portal.kinds;

/**
 * The public page that lists a kind of record, which is also its entry in the menu ({@code nav.<name>}) and on
 * the home page ({@code home.tables.<name>}).
 *
 * @param name the page without extension ({@code /exercises.xhtml}), and the menu entry's name
 * @param position where the entry sits in the menu, smallest first
 * @param table whether the page is a table of the kind's listing, filterable and exportable as CSV and Excel
 *        ({@code /export/<listing>.csv}); the timeline and the bibliography have pages of their own
 */
public record ListPage(String name, int position, boolean table) {

    public static ListPage table(String name, int position) {
        return new ListPage(name, position, true);
    }

    public static ListPage own(String name, int position) {
        return new ListPage(name, position, false);
    }
}
