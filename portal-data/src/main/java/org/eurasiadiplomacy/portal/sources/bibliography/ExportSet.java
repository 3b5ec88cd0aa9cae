package org.eurasiadiplomacy.portal.sources.bibliography;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eurasiadiplomacy.portal.sources.Contributor;
import org.eurasiadiplomacy.portal.sources.ContributorRole;
import org.eurasiadiplomacy.portal.sources.Source;

/**
 * The sources to write, closed under "is a chapter of" (a chapter without its book cannot be read back), each
 * with a stable key: {@code source<id>} for stored sources, {@code new<n>} for unsaved ones.
 */
final class ExportSet {

    private final List<Source> sources;
    private final Map<Source, String> keys = new IdentityHashMap<>();

    private ExportSet(List<Source> sources) {
        this.sources = sources;
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            keys.put(source, source.getId() != null ? "source" + source.getId() : "new" + (i + 1));
        }
    }

    static ExportSet of(List<Source> given) {
        Set<Source> closed = new LinkedHashSet<>();
        for (Source source : given) {
            source.getParent().ifPresent(closed::add);
            closed.add(source);
        }
        return new ExportSet(List.copyOf(closed));
    }

    List<Source> sources() {
        return sources;
    }

    String key(Source source) {
        return keys.get(source);
    }

    static List<Contributor> names(Source source, ContributorRole role) {
        List<Contributor> names = new ArrayList<>();
        for (Contributor contributor : source.getContributors()) {
            if (contributor.getRole() == role) {
                names.add(contributor);
            }
        }
        return names;
    }

    /** "73-81" as a start and an end page; a single page or an odd range has no end. */
    static String[] pageRange(String pages) {
        int dash = pages.indexOf('-');
        if (dash > 0 && dash == pages.lastIndexOf('-') && dash < pages.length() - 1) {
            return new String[] {pages.substring(0, dash), pages.substring(dash + 1)};
        }
        return new String[] {pages};
    }
}
