package org.eurasiadiplomacy.portal.oda;

import jakarta.persistence.EntityManager;

/** The chart's query on a test's entity manager, for tests outside this package. */
public final class OdaSeriesOn {

    private OdaSeriesOn() {
    }

    public static OdaChartData japan(EntityManager em) {
        OdaSeries series = new OdaSeries();
        series.em = em;
        return series.forDonor(OdaSeries.DONOR);
    }
}
