package org.eurasiadiplomacy.portal.web.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eurasiadiplomacy.portal.kinds.ListPage;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/**
 * Every page an anonymous reader can open, with a record id where the page needs one: the tests walk them all.
 * The pages of the kinds of record come from their declarations ({@link RecordKind}): each kind's list page, and
 * the page of one of its records (a published record of the article's data, named below).
 */
public final class PublicPages {

    /** A page, by a short name (for screenshots) and its path from the context root. */
    public record PublicPage(String name, String path) {
    }

    /** A published record of each kind with a page of its own, from the article's data (migrations V2 to V5). */
    private static final Map<RecordKind, Long> EXAMPLES = Map.ofEntries(
            Map.entry(RecordKind.SOURCE, 2004L), Map.entry(RecordKind.CITATION, 2101L),
            Map.entry(RecordKind.COUNTRY, 1000L), Map.entry(RecordKind.PERSON, 1100L),
            Map.entry(RecordKind.INITIATIVE, 1200L), Map.entry(RecordKind.MEETING, 1300L),
            Map.entry(RecordKind.VISIT, 1400L), Map.entry(RecordKind.AGREEMENT, 1500L),
            Map.entry(RecordKind.ODA_FIGURE, 1600L), Map.entry(RecordKind.EXERCISE, 1700L),
            Map.entry(RecordKind.EVENT, 1800L));

    /** The home page, every kind's list page in menu order, every record page, and the API's page. */
    public static final List<PublicPage> ALL = all();

    /** The table pages, whose page size the reader chooses in the address ({@code rows}). */
    public static final List<PublicPage> TABLES = RecordKind.inMenu().stream().filter(RecordKind::hasTable)
            .map(kind -> listPage(kind.listPage().orElseThrow())).toList();

    private PublicPages() {
    }

    private static List<PublicPage> all() {
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage("home", "/"));
        RecordKind.inMenu().forEach(kind -> pages.add(listPage(kind.listPage().orElseThrow())));
        Arrays.stream(RecordKind.values()).filter(kind -> kind.page() != null).forEach(kind -> {
            Long id = EXAMPLES.get(kind);
            if (id == null) {
                throw new IllegalStateException("PublicPages names no published record of " + kind
                        + " to open its page " + kind.page() + ".xhtml: add one to EXAMPLES");
            }
            pages.add(new PublicPage(kind.page(), kind.path(id)));
        });
        pages.add(new PublicPage("api", "/api.xhtml"));
        return List.copyOf(pages);
    }

    private static PublicPage listPage(ListPage page) {
        return new PublicPage(page.name(), "/" + page.name() + ".xhtml");
    }
}
