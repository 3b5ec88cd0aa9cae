package org.eurasiadiplomacy.portal.web.oda;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eurasiadiplomacy.portal.oda.OdaChartData;
import org.eurasiadiplomacy.portal.web.security.ScriptJson;

/**
 * The Chart.js configuration of the ODA chart, as JSON for PrimeFaces' {@code p:chart}, escaped for the inline
 * script PrimeFaces writes it into ({@link ScriptJson}). Data only: what
 * JSON cannot carry (the marked zero line, tooltips that name the source) is added by oda-chart.js.
 */
final class OdaChartConfig {

    /** Distinguishable in colour and in grey, one per recipient in the series' order. */
    private static final List<String> COLOURS = List.of("#1f4e8c", "#b5892e", "#2e8b57", "#b03a48", "#6a4c93");

    private OdaChartConfig() {
    }

    /** The chart's configuration; the series of the recipients in {@code hidden} start hidden (the address's hide=). */
    static String build(OdaChartData data, ChartType type, Locale locale, Labels labels, Set<String> hidden) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<OdaChartData.Series> series = data.series();
        for (int i = 0; i < series.size(); i++) {
            OdaChartData.Series s = series.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (int year : data.years()) {
                s.amountIn(year).ifPresentOrElse(values::add, values::addNull);
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.recipient().in(locale))
                    .add("code", s.recipientCode())
                    .add("hidden", hidden.contains(s.recipientCode()))
                    .add("data", values)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("borderWidth", 2)
                    .add("pointRadius", 4)
                    .add("pointHoverRadius", 6));
        }
        JsonArrayBuilder years = Json.createArrayBuilder();
        data.years().forEach(years::add);

        JsonObject config = Json.createObjectBuilder()
                .add("type", type.chartJsType())
                .add("data", Json.createObjectBuilder().add("labels", years).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("interaction", Json.createObjectBuilder().add("mode", "nearest").add("intersect", false))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", labels.title()))
                                // read and removed by oda-chart.js before Chart.js sees the configuration
                                .add("portal", Json.createObjectBuilder()
                                        .add("unit", labels.unit())
                                        .add("source", labels.source())))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", axis(labels.xAxis()))
                                .add("y", axis(labels.yAxis()))))
                .build();
        // written by PrimeFaces into an inline script as it is: names typed by curators must not end that script
        return ScriptJson.escape(config.toString());
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** The chart's words in the reader's language. */
    record Labels(String title, String xAxis, String yAxis, String unit, String source) {
    }
}
