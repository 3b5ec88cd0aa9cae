package org.eurasiadiplomacy.portal.web.timeline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.eurasiadiplomacy.portal.kinds.RecordKind;
import org.eurasiadiplomacy.portal.record.PartialDate;
import org.eurasiadiplomacy.portal.timeline.EventCategory;
import org.eurasiadiplomacy.portal.timeline.Timeline;
import org.eurasiadiplomacy.portal.timeline.TimelineEntry;
import org.eurasiadiplomacy.portal.timeline.TimelineFilter;
import org.eurasiadiplomacy.portal.timeline.TimelinePage;
import org.eurasiadiplomacy.portal.web.navigation.QueryLinks;

/**
 * Backs /timeline.xhtml and the home page's latest entries. The filter lives in the URL (kind=EVENT&amp;kind=VISIT,
 * category=SECURITY, order=newest, page=2), read by a plain GET form (timeline.js sends it as soon as a choice changes): a filtered timeline can be bookmarked and shared, and a
 * reader costs no session. Values the page does not know are ignored rather than refused.
 */
@Named
@RequestScoped
public class TimelineView {

    static final int LATEST = 6;
    static final String NEWEST = "newest";

    @Inject
    Timeline timeline;

    @Inject
    HttpServletRequest request;

    private TimelinePage page;

    public TimelinePage getPage() {
        if (page == null) {
            page = timeline.page(new TimelineFilter(getKinds(), getCategory()), pageNumber() - 1, isNewestFirst());
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

    /** The value of {@code order} that puts the most recent first. */
    public String getNewest() {
        return NEWEST;
    }

    /** {@code order=newest}: the most recent first; any other value, or none, is date order. */
    public boolean isNewestFirst() {
        return NEWEST.equals(request.getParameter("order"));
    }

    /**
     * An entry's date under its year's heading, without the year again: 28 August / 8 月 28 日, August / 8 月, or
     * "Year only" when the article gives no more (the full date stays in the time element's datetime).
     */
    public String dateInYear(PartialDate date) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = date.getMonth() == null ? "timeline.date.year"
                : date.getDay() == null ? "timeline.date.month" : "timeline.date.day";
        String month = date.getMonth() == null ? "" : Month.of(date.getMonth()).getDisplayName(TextStyle.FULL, locale);
        // {0} month name, {1} month number, {2} day: each language picks what it prints
        return new MessageFormat(msg.getString(pattern), locale).format(new Object[] {month, date.getMonth(), date.getDay()});
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
