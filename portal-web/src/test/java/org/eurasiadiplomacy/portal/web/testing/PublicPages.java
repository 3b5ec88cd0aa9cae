package org.eurasiadiplomacy.portal.web.testing;

import java.util.List;
import java.util.Set;

/** Every page an anonymous reader can open, with a record id where the page needs one: the tests walk them all. */
public final class PublicPages {

    /** A page, by a short name (for screenshots) and its path from the context root. */
    public record PublicPage(String name, String path) {
    }

    public static final List<PublicPage> ALL = List.of(
            new PublicPage("home", "/"),
            new PublicPage("oda", "/oda.xhtml"),
            new PublicPage("meetings", "/meetings.xhtml"),
            new PublicPage("visits", "/visits.xhtml"),
            new PublicPage("agreements", "/agreements.xhtml"),
            new PublicPage("initiatives", "/initiatives.xhtml"),
            new PublicPage("people", "/people.xhtml"),
            new PublicPage("countries", "/countries.xhtml"),
            new PublicPage("timeline", "/timeline.xhtml"),
            new PublicPage("sources", "/sources.xhtml"),
            new PublicPage("source", "/source.xhtml?id=2004"),
            new PublicPage("citation", "/citation.xhtml?id=2101"),
            new PublicPage("country", "/country.xhtml?id=1000"),
            new PublicPage("person", "/person.xhtml?id=1100"),
            new PublicPage("initiative", "/initiative.xhtml?id=1200"),
            new PublicPage("meeting", "/meeting.xhtml?id=1300"),
            new PublicPage("visit", "/visit.xhtml?id=1400"),
            new PublicPage("agreement", "/agreement.xhtml?id=1500"),
            new PublicPage("oda-figure", "/oda-figure.xhtml?id=1600"),
            new PublicPage("exercise", "/exercise.xhtml?id=1700"),
            new PublicPage("event", "/event.xhtml?id=1800"),
            new PublicPage("api", "/api.xhtml"));

    /** The table pages, whose page size the reader chooses in the address ({@code rows}). */
    public static final List<PublicPage> TABLES = ALL.stream()
            .filter(page -> Set.of("oda", "meetings", "visits", "agreements", "initiatives", "people", "countries")
                    .contains(page.name()))
            .toList();

    private PublicPages() {
    }
}
