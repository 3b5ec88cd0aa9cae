package org.eurasiadiplomacy.portal.catalog;

import java.util.List;

/** One page of a listing and how many records match in all. */
public record Page(List<Row> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
