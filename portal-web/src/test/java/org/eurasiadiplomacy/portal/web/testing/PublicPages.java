package org.eurasiadiplomacy.portal.web.testing;

import java.util.List;

/** Every page an anonymous reader can open, with a record id where the page needs one: the tests walk them all. */
public final class PublicPages {

    /** A page, by a short name (for screenshots) and its path from the context root. */
    public record PublicPage(String name, String path) {
    }

    public static final List<PublicPage> ALL = List.of(
            new PublicPage("home", "/"),
            new PublicPage("oda", "/oda.xhtml"),
            new PublicPage("meetings", "/meetings.xhtml"),
            new PublicPage("citation", "/citation.xhtml?id=2101"),
            new PublicPage("api", "/api.xhtml"));

    /** The table pages, whose page size the reader chooses. */
    public static final List<PublicPage> TABLES = List.of(
            new PublicPage("oda", "/oda.xhtml"),
            new PublicPage("meetings", "/meetings.xhtml"));

    private PublicPages() {
    }
}
