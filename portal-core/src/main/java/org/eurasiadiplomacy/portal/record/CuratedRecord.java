package org.eurasiadiplomacy.portal.record;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.eurasiadiplomacy.portal.sources.Citation;

/**
 * A record that states a fact of the article and so must point to the footnotes that support it.
 * Sources and citations are the evidence themselves and do not extend this class. It is published only while
 * something supports it ({@link #publish()}).
 */
@MappedSuperclass
@Audited
@KeepsSupportWhilePublished
public abstract class CuratedRecord extends Record {

    @ManyToMany
    @JoinTable(name = "record_citation",
            joinColumns = @JoinColumn(name = "record_id"),
            inverseJoinColumns = @JoinColumn(name = "citation_id"))
    private Set<Citation> citations = new LinkedHashSet<>();

    protected CuratedRecord() {
    }

    public Set<Citation> getCitations() {
        return Collections.unmodifiableSet(citations);
    }

    /** Whether anything supports the record: at least one footnote (or table note) of the article. */
    public boolean isSupported() {
        return !citations.isEmpty();
    }

    /** Only a supported record goes public: a reader must be able to check every published fact. */
    @Override
    public void publish() {
        if (!isSupported()) {
            throw new UnsupportedRecord(getId());
        }
        super.publish();
    }

    public void cite(Citation citation) {
        citations.add(citation);
    }

    public void uncite(Citation citation) {
        citations.remove(citation);
    }
}
