package org.eurasiadiplomacy.portal.web.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eurasiadiplomacy.portal.overview.KeyFigures;
import org.eurasiadiplomacy.portal.overview.Overview;

/** Backs the home page; request-scoped so an anonymous reader costs no session. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Overview overview;

    private KeyFigures figures;

    public KeyFigures getFigures() {
        if (figures == null) {
            figures = overview.keyFigures();
        }
        return figures;
    }
}
