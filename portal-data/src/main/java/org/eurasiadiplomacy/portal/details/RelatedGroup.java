package org.eurasiadiplomacy.portal.details;

import java.util.List;
import org.eurasiadiplomacy.portal.record.PartialDate;

/**
 * Records related to the one on the page, such as a framework's meetings or a country's visits; the page finds
 * the heading in the bundle under {@code details.related.<name>}. Empty groups are left out.
 */
public record RelatedGroup(String name, List<Item> items) {

    public RelatedGroup {
        items = List.copyOf(items);
    }

    /** One related record: the link, its date if it has one, and a value that qualifies it (a role, an amount). */
    public record Item(RecordLink link, PartialDate date, Value qualifier) {
    }
}
