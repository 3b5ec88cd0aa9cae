package org.eurasiadiplomacy.portal.web.staff.sources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eurasiadiplomacy.portal.sources.SourceEditing;
import org.eurasiadiplomacy.portal.sources.SourceRow;

/** Backs /staff/sources.xhtml?q=…: the sources matching the search, a GET that can be bookmarked. */
@Named
@RequestScoped
public class SourceListPage {

    @Inject
    SourceEditing editing;

    @Inject
    HttpServletRequest request;

    private List<SourceRow> rows;

    public String getQuery() {
        String query = request.getParameter("q");
        return query == null ? "" : query.strip();
    }

    public List<SourceRow> getRows() {
        if (rows == null) {
            rows = editing.search(getQuery());
        }
        return rows;
    }
}
