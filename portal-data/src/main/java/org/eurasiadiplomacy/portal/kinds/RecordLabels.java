package org.eurasiadiplomacy.portal.kinds;

import org.eurasiadiplomacy.portal.record.LocalizedText;

/**
 * Labels for records that have no name of their own, the same on detail pages, related lists and the timeline.
 * Missing parts (a framework that is a draft) are left out rather than shown as "null".
 */
public final class RecordLabels {

    private RecordLabels() {
    }

    /** A meeting is named by its framework and number, as Table 1 numbers the foreign ministers' meetings. */
    public static LocalizedText meeting(String frameworkZh, String frameworkEn, Object ordinal) {
        return LocalizedText.of(orEmpty(frameworkZh) + " 第 " + ordinal + " 次會議", orEmpty(frameworkEn) + ", meeting " + ordinal);
    }

    /** A visit is named by who went where. */
    public static LocalizedText visit(String personZh, String personEn, String destinationZh, String destinationEn) {
        if (personZh == null && personEn == null && destinationZh == null && destinationEn == null) {
            // a visitor who is not public (a draft), to a destination without a label of its own
            return LocalizedText.of("訪問", "Visit");
        }
        return LocalizedText.of(arrow(personZh, destinationZh), arrow(personEn, destinationEn));
    }

    /** An ODA figure is named by donor, recipient and year. */
    public static LocalizedText odaFigure(String donorZh, String donorEn, String recipientZh, String recipientEn, Object year) {
        return LocalizedText.of(arrow(donorZh, recipientZh) + "，" + year, arrow(donorEn, recipientEn) + ", " + year);
    }

    private static String arrow(String from, String to) {
        return orEmpty(from) + (to == null ? "" : " → " + to);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
