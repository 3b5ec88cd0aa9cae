package org.eurasiadiplomacy.portal.sources;

import org.eurasiadiplomacy.portal.catalog.Listing;

/** The article's footnotes and table notes, as the public catalog lists them. */
public final class CitationListing {

    public static final Listing LISTING = Listing.of("citations", Citation.class)
            .text("label", "label")
            .integer("footnote", "footnote")
            .enumerated("kind", "kind", CitationKind.class)
            .bool("ibid", "ibid")
            .ids("sourceIds", "sources")
            .text("locator", "locator")
            .text("printedText", "printedText")
            // record_citation joins any kind of record; a citation is not a curated record, so no mapped
            // collection reaches the table from this side
            .idsBySql("citationIds", """
                    select rc.record_id, rc.citation_id from record_citation rc
                    join published_record c on c.id = rc.citation_id
                    where rc.record_id in (:ids)
                    order by rc.record_id, rc.citation_id""")
            .idsBySql("recordIds", """
                    select rc.citation_id, rc.record_id from record_citation rc
                    join published_record r on r.id = rc.record_id
                    where rc.citation_id in (:ids)
                    order by rc.citation_id, rc.record_id""")
            .search("label", "locator", "printedText")
            .defaultSort("id")
            .build();

    /** Labels and printed notes only: what a page needs to draw footnote markers, in one statement. */
    public static final Listing MARKERS = Listing.of("citationMarkers", Citation.class)
            .text("label", "label")
            .text("printedText", "printedText")
            .defaultSort("id")
            .build();

    private CitationListing() {
    }
}
