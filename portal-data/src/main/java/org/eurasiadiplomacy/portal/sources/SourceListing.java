package org.eurasiadiplomacy.portal.sources;

import org.eurasiadiplomacy.portal.catalog.Field;
import org.eurasiadiplomacy.portal.catalog.ColumnType;
import org.eurasiadiplomacy.portal.catalog.Listing;
import org.eurasiadiplomacy.portal.record.Publication;

/** The sources the article cites, as the public catalog lists them. */
public final class SourceListing {

    public static final Listing LISTING = Listing.of("sources", Source.class)
            .enumerated("type", "type", SourceType.class)
            .objects("contributors", "contributors", null, null,
                    Field.of("name", ColumnType.TEXT, "name"),
                    Field.of("family", ColumnType.TEXT, "family"),
                    Field.of("given", ColumnType.TEXT, "given"),
                    Field.enumerated("role", "role", ContributorRole.class))
            .bool("etAl", "etAl")
            .text("title", "title")
            .text("titleEn", "titleEn")
            .text("container", "container")
            .reference("parentId", "parent")
            .text("publisher", "publisher")
            .text("place", "place")
            .integer("year", "date.year")
            .integer("month", "date.month")
            .integer("day", "date.day")
            .integer("accessedYear", "accessed.year")
            .integer("accessedMonth", "accessed.month")
            .integer("accessedDay", "accessed.day")
            .text("volume", "volume")
            .text("issue", "issue")
            .text("pages", "pages")
            .text("url", "url")
            .text("language", "language")
            // a source is cited by citations (citation_source), not supported by them (record_citation)
            .idsByQuery("citationIds", "select distinct s.id, c.id from Citation c join c.sources s"
                    + " where s.id in :ids and " + Publication.jpql("c") + " order by s.id, c.id")
            .yearFilter("year")
            .search("title", "titleEn", "container", "publisher", "contributors")
            .defaultSort("id")
            .build();

    private SourceListing() {
    }
}
