package org.eurasiadiplomacy.portal.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/** One published record with everything its detail page shows, read in one transaction. */
@ApplicationScoped
@Transactional
public class RecordDetails {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Empty when there is no published record of that kind with that id (drafts and trashed records included). */
    public Optional<RecordDetail> find(RecordKind kind, long id) {
        return new DetailReader(em).find(kind, id);
    }
}
