package org.eurasiadiplomacy.portal.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Every dated record from 1868 to 2020 in date order, for the timeline page and the home page. */
@ApplicationScoped
@Transactional
public class Timeline {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A page (from 0) of the entries the filter lets through; a page past the end gives the last page. */
    public TimelinePage page(TimelineFilter filter, int page) {
        return page(filter, page, false);
    }

    /** The same, newest first when {@code newestFirst}. */
    public TimelinePage page(TimelineFilter filter, int page, boolean newestFirst) {
        return new TimelineReader(em).page(filter, page, PAGE_SIZE, newestFirst);
    }

    public List<TimelineEntry> latest(int count) {
        return new TimelineReader(em).latest(count);
    }
}
