package org.eurasiadiplomacy.portal.oda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.record.LocalizedText;
import org.eurasiadiplomacy.portal.record.Publication;

/**
 * Table 2 as series for a chart: one series per recipient, its published yearly amounts in order,
 * and the table note that sources them. Two queries, whatever the number of points.
 */
@ApplicationScoped
public class OdaSeries {

    public static final String DONOR = "JPN";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public OdaChartData forDonor(String donorCode) {
        List<Object[]> points = em.createQuery("""
                select r.code, r.name.zh, r.name.en, o.year, o.amountUsdMillions, o.dataset
                from OdaFigure o join o.recipient r join o.donor d
                where d.code = :donor and %s and %s and %s
                order by r.name.en, o.year""".formatted(Publication.jpql("o"), Publication.jpql("r"),
                        Publication.jpql("d")), Object[].class)
                .setParameter("donor", donorCode)
                .getResultList();
        Map<String, LocalizedText> recipients = new LinkedHashMap<>();
        Map<String, List<OdaChartData.Point>> pointsByRecipient = new LinkedHashMap<>();
        List<String> datasets = new ArrayList<>();
        for (Object[] p : points) {
            recipients.putIfAbsent((String) p[0], LocalizedText.of((String) p[1], (String) p[2]));
            pointsByRecipient.computeIfAbsent((String) p[0], code -> new ArrayList<>())
                    .add(new OdaChartData.Point((Integer) p[3], OdaFigure.asPrinted((BigDecimal) p[4])));
            if (!datasets.contains((String) p[5])) {
                datasets.add((String) p[5]);
            }
        }
        List<OdaChartData.Series> series = recipients.entrySet().stream()
                .map(r -> new OdaChartData.Series(r.getKey(), r.getValue(), pointsByRecipient.get(r.getKey())))
                .toList();
        List<Object[]> notes = em.createQuery("""
                select distinct c.label, c.printedText from OdaFigure o join o.citations c join o.donor d
                where d.code = :donor and %s and %s and %s""".formatted(Publication.jpql("o"),
                        Publication.jpql("c"), Publication.jpql("d")), Object[].class)
                .setParameter("donor", donorCode)
                .getResultList();
        return new OdaChartData(series, datasets,
                notes.stream().map(n -> new OdaChartData.SourceNote((String) n[0], (String) n[1])).toList());
    }
}
