package org.eurasiadiplomacy.portal.web.details;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.sources.Citation;

/**
 * How record data reads on a page: a text in the reader's language first and in the other language beside it,
 * and dates at the precision the article gives ("2004 年 8 月", "August 2004"), never with an invented day.
 */
@Named
@RequestScoped
public class Bilingual {

    public String primary(LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }

    /** The text in the other language, or empty when the article gives only one form or both read the same. */
    public String secondary(LocalizedText text) {
        if (text == null) {
            return "";
        }
        String other = chinese() ? text.getEn() : text.getZh();
        return other == null || other.equals(primary(text)) ? "" : other;
    }

    /** The BCP 47 tag of {@link #secondary}, for its lang attribute. */
    public String secondaryLang() {
        return chinese() ? "en" : "zh-Hant-TW";
    }

    /**
     * A footnote or table note's label as this reader reads it: "17" and "*" as printed; "表一" as printed on
     * Chinese pages and as "Table 1" on English ones (the record keeps its printed label).
     */
    public String citationLabel(String printedLabel) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return citationLabel(printedLabel, locale(), faces.getApplication().getResourceBundle(faces, "msg"));
    }

    /** {@link #citationLabel(String)} where no Faces request runs, or its bundle is at hand already. */
    public static String citationLabel(String printedLabel, Locale locale, ResourceBundle msg) {
        if (printedLabel == null) {
            return "";
        }
        if ("zh".equals(locale.getLanguage())) {
            return printedLabel;
        }
        return Citation.tableNumber(printedLabel)
                .map(number -> MessageFormat.format(msg.getString("citation.tableLabel"), number))
                .orElse(printedLabel);
    }

    /** Whether a printed label names a table ("表二") rather than a footnote. */
    public boolean isTable(String printedLabel) {
        return Citation.tableNumber(printedLabel).isPresent();
    }

    /** A year heading: "1868 年", "1868". */
    public String year(int year) {
        return date(PartialDate.ofYear(year));
    }

    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = date.getMonth() == null ? "details.date.year"
                : date.getDay() == null ? "details.date.month" : "details.date.day";
        String monthName = date.getMonth() == null ? "" : Month.of(date.getMonth()).getDisplayName(TextStyle.FULL, locale());
        // {0} year, {1} month name, {2} month number, {3} day: each language picks what it prints
        return new MessageFormat(msg.getString(pattern), locale())
                .format(new Object[] {date.getYear(), monthName, date.getMonth(), date.getDay()});
    }

    private boolean chinese() {
        return "zh".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
