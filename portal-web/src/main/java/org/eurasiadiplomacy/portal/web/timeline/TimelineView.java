package org.eurasiadiplomacy.portal.web.timeline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.Timeline;
import org.eurasiadiplomacy.portal.timeline.TimelineEntry;
import org.eurasiadiplomacy.portal.timeline.TimelineFilter;
import org.eurasiadiplomacy.portal.timeline.TimelinePage;
import org.eurasiadiplomacy.portal.web.navigation.QueryLinks;

/**
 * Backs /timeline.xhtml and the home page's latest entries. The filter lives in the URL (kind=EVENT&amp;kind=VISIT,
 * category=SECURITY, page=2), read by a plain GET form: a filtered timeline can be bookmarked and shared, and a
 * reader costs no session. Values the page does not know are ignored rather than refused.
 */
@Named
@RequestScoped
public class TimelineView {

    static final int LATEST = 6;

    @Inject
    Timeline timeline;

    @Inject
    HttpServletRequest request;

    private TimelinePage page;

    public TimelinePage getPage() {
        if (page == null) {
            page = timeline.page(new TimelineFilter(getKinds(), getCategory()), pageNumber() - 1);
        }
        return page;
    }

    public List<TimelineEntry> getLatest() {
        return timeline.latest(LATEST);
    }

    /** The kinds a reader can choose, in the order of the form: every dated kind. */
    public List<RecordKind> getKindChoices() {
        return RecordKind.dated();
    }

    public List<EventCategory> getCategoryChoices() {
        return List.of(EventCategory.values());
    }

    public Set<RecordKind> getKinds() {
        String[] values = request.getParameterValues("kind");
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        if (values != null) {
            Arrays.stream(values).map(RecordKind::ofPage).flatMap(Optional::stream)
                    .filter(TimelineFilter.DATED::contains).forEach(kinds::add);
        }
        return kinds;
    }

    public boolean chosen(RecordKind kind) {
        return getKinds().contains(kind);
    }

    public EventCategory getCategory() {
        String value = request.getParameter("category");
        return Arrays.stream(EventCategory.values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }

    public boolean isFiltered() {
        return !getKinds().isEmpty() || getCategory() != null;
    }

    /** This page of the timeline, with the same filter, at another page number (from 1). */
    public String pageLink(int number) {
        return QueryLinks.withParameter(request.getRequestURI(), request.getQueryString(), "page", Integer.toString(number));
    }

    public List<Integer> getPageNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, getPage().pageCount()).boxed().toList();
    }

    private int pageNumber() {
        try {
            return Math.max(1, Integer.parseInt(request.getParameter("page")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
