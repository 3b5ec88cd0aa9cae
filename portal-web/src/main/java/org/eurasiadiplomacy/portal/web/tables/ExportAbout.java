package org.eurasiadiplomacy.portal.web.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an exported table is: its source (the article), units, licence, the date of the export and the address
 * of the view it was made from. The workbook carries it as a sheet of its own ("About"), since rows above the
 * header would break tools that read the table; a CSV carries it in HTTP {@code Link} headers and the file
 * name's date, as the README's "Exports" section explains.
 *
 * @param msg the portal's bundle in the reader's language
 * @param view the address of the table page with the same filters, order and columns
 * @param date the day of the export (UTC)
 * @param records how many records the file holds
 */
record ExportAbout(ResourceBundle msg, String view, LocalDate date, int records) {

    private static final String BUNDLE = "org.eurasiadiplomacy.portal.web.i18n.messages";

    /** The portal's bundle in {@code locale}, without falling back to the server's default language. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The sheet's rows: a header, then one row per item, label then value. */
    List<List<String>> rows() {
        return List.of(
                List.of(msg.getString("export.about.item"), msg.getString("export.about.value")),
                List.of(msg.getString("export.about.source"), msg.getString("export.about.sourceValue")),
                List.of(msg.getString("export.about.units"), msg.getString("export.about.unitsValue")),
                List.of(msg.getString("export.about.licence"), msg.getString("export.about.licenceValue")),
                List.of(msg.getString("export.about.date"), date.toString()),
                List.of(msg.getString("export.about.view"), view),
                List.of(msg.getString("export.about.records"), Integer.toString(records)));
    }

    /** The CSV's header block as {@code Link} header values (RFC 8288): the view it shows. */
    List<String> links() {
        return List.of("<" + view + ">; rel=\"alternate\"; type=\"text/html\"");
    }
}
