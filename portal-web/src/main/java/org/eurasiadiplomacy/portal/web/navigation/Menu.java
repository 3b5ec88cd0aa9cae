package org.eurasiadiplomacy.portal.web.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * The kinds of record in the main menu and among the home page's links, in menu order: every kind with a
 * page that lists it. The layout adds the entries that are not kinds (overview, data API).
 */
@Named
@ApplicationScoped
public class Menu {

    private static final List<RecordKind> KINDS = RecordKind.inMenu();

    public List<RecordKind> getKinds() {
        return KINDS;
    }
}
