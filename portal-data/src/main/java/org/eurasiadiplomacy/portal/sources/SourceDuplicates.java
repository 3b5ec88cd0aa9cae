package org.eurasiadiplomacy.portal.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eurasiadiplomacy.portal.sources.EditOutcome.DuplicateCandidate;
import org.eurasiadiplomacy.portal.sources.EditOutcome.DuplicateCandidate.Reason;

/**
 * Finds stored sources that a new or edited one probably repeats: the same address, or the same title (in either
 * of its scripts, see {@link TitleKey}) with the same year. Titles are compared in Java over one projection
 * query, since the folding is no SQL function; a bibliography of a few hundred entries is read in milliseconds.
 */
@ApplicationScoped
public class SourceDuplicates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The stored sources that look like {@code source}, leaving out {@code self} (the one being edited). */
    public List<DuplicateCandidate> of(Source source, Long self) {
        return among(stored(), source, self);
    }

    /** A snapshot of what is stored, for checking many sources (an import) against it. */
    public List<KnownSource> stored() {
        return em.createQuery("select new org.eurasiadiplomacy.portal.sources.KnownSource(s.id, s.title,"
                + " s.titleEn, s.date.year, s.url) from Source s where s.deletedAt is null order by s.id", KnownSource.class)
                .getResultList();
    }

    public static List<DuplicateCandidate> among(List<KnownSource> known, Source source, Long self) {
        String url = TitleKey.url(source.getUrl().orElse(null));
        String title = TitleKey.of(source.getTitle());
        String titleEn = TitleKey.of(source.getTitleEn().orElse(null));
        Integer year = source.getDate().map(d -> d.getYear()).orElse(null);
        List<DuplicateCandidate> found = new ArrayList<>();
        for (KnownSource other : known) {
            if (other.id() != null && other.id().equals(self)) {
                continue;
            }
            if (url != null && url.equals(TitleKey.url(other.url()))) {
                found.add(new DuplicateCandidate(other.idOrZero(), other.title(), other.year(), Reason.SAME_URL));
            } else if (Objects.equals(year, other.year()) && sameTitle(title, titleEn, other)) {
                found.add(new DuplicateCandidate(other.idOrZero(), other.title(), other.year(),
                        Reason.SAME_TITLE_AND_YEAR));
            }
        }
        return found;
    }

    private static boolean sameTitle(String title, String titleEn, KnownSource other) {
        String theirs = TitleKey.of(other.title());
        String theirsEn = TitleKey.of(other.titleEn());
        return !title.isEmpty() && (title.equals(theirs) || title.equals(theirsEn))
                || !titleEn.isEmpty() && (titleEn.equals(theirs) || titleEn.equals(theirsEn));
    }
}
