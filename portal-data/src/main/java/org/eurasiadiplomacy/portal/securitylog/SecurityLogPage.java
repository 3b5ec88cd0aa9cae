package org.eurasiadiplomacy.portal.securitylog;

import java.util.List;

/** One page of the security log, newest first: its rows, the page's number (from 0) and the number of pages. */
public record SecurityLogPage(List<SecurityLogEntry> rows, int page, int pages, long total) {

    public SecurityLogPage {
        rows = List.copyOf(rows);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}
