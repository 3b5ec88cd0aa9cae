package org.eurasiadiplomacy.portal.oda;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eurasiadiplomacy.portal.record.LocalizedText;

/** The ODA figures of one donor, arranged for a chart and for the table that is its accessible twin. */
public record OdaChartData(List<Series> series, List<String> datasets, List<SourceNote> sourceNotes) {

    public OdaChartData {
        series = List.copyOf(series);
        datasets = List.copyOf(datasets);
        sourceNotes = List.copyOf(sourceNotes);
    }

    /** Every year that has a value in some series, in order: the chart's x axis and the table's columns. */
    public List<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> years.add(p.year())));
        return List.copyOf(years);
    }

    public boolean hasNegativeValues() {
        return series.stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.amount().signum() < 0);
    }

    public record Series(String recipientCode, LocalizedText recipient, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }

        /** The amount of a year, or empty where the source has none. */
        public Optional<BigDecimal> amountIn(int year) {
            return points.stream().filter(p -> p.year() == year).map(Point::amount).findFirst();
        }
    }

    public record Point(int year, BigDecimal amount) {
    }

    /** A note or footnote that sources the figures, as printed: for Table 2, "資料來源：作者整理自 OECD Stats 數據庫，…". */
    public record SourceNote(String label, String printedText) {
    }
}
