package org.eurasiadiplomacy.portal.web.oda;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eurasiadiplomacy.portal.oda.OdaChartData;
import org.eurasiadiplomacy.portal.oda.OdaSeries;
import org.eurasiadiplomacy.portal.web.details.Bilingual;
import org.eurasiadiplomacy.portal.web.navigation.QueryLinks;

/** Backs /oda.xhtml: Table 2 as a chart and as a table. Request scope: readers cost no session. */
@Named
@RequestScoped
public class OdaPage {

    static final String CHART_PARAMETER = "chart";
    /** The recipients whose series the reader has hidden, by code: {@code hide=KAZ,TKM}. */
    static final String HIDE_PARAMETER = "hide";

    @Inject
    OdaSeries odaSeries;

    @Inject
    HttpServletRequest request;

    private OdaChartData data;

    public OdaChartData getData() {
        if (data == null) {
            data = odaSeries.forDonor(OdaSeries.DONOR);
        }
        return data;
    }

    public ChartType getChartType() {
        return ChartType.fromParameter(request.getParameter(CHART_PARAMETER)).orElse(ChartType.LINE);
    }

    public String chartLink(ChartType type) {
        return QueryLinks.withParameter(request.getRequestURI(), request.getQueryString(), CHART_PARAMETER, type.parameter());
    }

    public String getChartJson() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String notes = getData().sourceNotes().stream()
                .map(note -> Bilingual.citationLabel(note.label(), locale, msg)).collect(Collectors.joining(msg.getString("list.separator")));
        OdaChartConfig.Labels labels = new OdaChartConfig.Labels(msg.getString("oda.chart.title"),
                msg.getString("oda.chart.xAxis"), msg.getString("oda.chart.yAxis"), msg.getString("oda.unit"),
                MessageFormat.format(msg.getString("oda.chart.source"), notes, String.join(", ", getData().datasets())));
        return OdaChartConfig.build(getData(), getChartType(), locale, labels, getHidden());
    }

    /** The recipients whose series are hidden, as the address names them; unknown codes mean nothing. */
    public Set<String> getHidden() {
        String hide = request.getParameter(HIDE_PARAMETER);
        return hide == null ? Set.of() : Arrays.stream(hide.split(",")).map(String::strip)
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the series toggle of this recipient is pressed (its series shown). */
    public boolean isShown(OdaChartData.Series series) {
        return !getHidden().contains(series.recipientCode());
    }

    /** A table cell: the amount exactly as printed, or empty where the source has none. */
    public String amount(OdaChartData.Series series, int year) {
        return series.amountIn(year).map(BigDecimal::toPlainString).orElse("");
    }

    /** Negative net flows are marked in the table, so they stand out without colour too. */
    public boolean isNegative(OdaChartData.Series series, int year) {
        return series.amountIn(year).map(a -> a.signum() < 0).orElse(false);
    }
}
