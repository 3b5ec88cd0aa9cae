package org.eurasiadiplomacy.portal.web.sources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.eurasiadiplomacy.portal.catalog.InvalidQueryException;
import org.eurasiadiplomacy.portal.catalog.ListingQuery;
import org.eurasiadiplomacy.portal.sources.SourceEntries;
import org.eurasiadiplomacy.portal.sources.SourceEntry;
import org.eurasiadiplomacy.portal.sources.SourceList;
import org.eurasiadiplomacy.portal.sources.SourceType;
import org.eurasiadiplomacy.portal.sources.bibliography.BibliographyFormat;
import org.eurasiadiplomacy.portal.web.navigation.QueryLinks;

/**
 * Backs /sources.xhtml: the article's bibliography, filtered by GET parameters ({@code q}, {@code type},
 * {@code yearFrom}, {@code yearTo}, paged by {@code start}), so every view is a link and costs no session.
 */
@Named
@RequestScoped
public class SourcesPage {

    static final int PAGE_SIZE = 100;

    @Inject
    SourceEntries sourceEntries;

    @Inject
    HttpServletRequest request;

    private SourceList list;
    private String problem;

    public SourceList getList() {
        if (list == null) {
            try {
                list = sourceEntries.list(SourceFilter.of(request).query().page(getStart(), PAGE_SIZE));
            } catch (InvalidQueryException e) {
                problem = "type".equals(e.getParameter()) ? "sources.invalidType" : "sources.invalidFilter";
                list = new SourceList(List.of(), 0);
            }
        }
        return list;
    }

    public List<SourceEntry> getEntries() {
        return getList().entries();
    }

    /** A filter value was not understood (a year that is not a number, an unknown type). */
    public boolean isInvalid() {
        return getProblem() != null;
    }

    /** The bundle key of what was not understood: an unknown source type, or the years; null when all was. */
    public String getProblem() {
        getList();
        return problem;
    }

    public SourceFilter getFilter() {
        return SourceFilter.of(request);
    }

    public List<String> getTypes() {
        return Arrays.stream(SourceType.values()).map(Enum::name).toList();
    }

    public List<BibliographyFormat> getFormats() {
        return List.of(BibliographyFormat.values());
    }

    /** The whole list as the page filters it, as a file: {@code /sources/all.bib?q=…}. */
    public String downloadLink(BibliographyFormat format) {
        String filters = getFilter().queryString();
        return request.getContextPath() + "/sources/all." + format.extension()
                + (filters.isEmpty() ? "" : "?" + filters);
    }

    public int getStart() {
        try {
            return Math.max(0, Integer.parseInt(String.valueOf(request.getParameter("start")).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The number of the first entry shown, for the ordered list's {@code start}. */
    public int getFirstNumber() {
        return getStart() + 1;
    }

    public boolean isHasPrevious() {
        return getStart() > 0;
    }

    public boolean isHasNext() {
        return getStart() + PAGE_SIZE < getList().total();
    }

    public String getPreviousLink() {
        return startLink(Math.max(0, getStart() - PAGE_SIZE));
    }

    public String getNextLink() {
        return startLink(getStart() + PAGE_SIZE);
    }

    private String startLink(int start) {
        return QueryLinks.withParameter(request.getRequestURI(), request.getQueryString(), "start",
                Integer.toString(start));
    }
}
