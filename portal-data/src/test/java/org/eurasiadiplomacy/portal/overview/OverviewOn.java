package org.eurasiadiplomacy.portal.overview;

import jakarta.persistence.EntityManager;

/** The home page's figures on a test's entity manager, for tests outside this package. */
public final class OverviewOn {

    private OverviewOn() {
    }

    public static KeyFigures keyFigures(EntityManager em) {
        Overview overview = new Overview();
        overview.em = em;
        return overview.keyFigures();
    }
}
