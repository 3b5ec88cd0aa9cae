package org.eurasiadiplomacy.portal.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eurasiadiplomacy.portal.accounts.Role;
import org.eurasiadiplomacy.portal.kinds.RecordKind;

/** One published record with everything its detail page shows, read in one transaction. */
@ApplicationScoped
@Transactional
public class RecordDetails {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SecurityContext security;

    /** Empty when there is no published record of that kind with that id (drafts and trashed records included). */
    public Optional<RecordDetail> find(RecordKind kind, long id) {
        return new DetailReader(em).find(kind, id);
    }

    /**
     * For administrators only (empty for anyone else): a draft's page as the public will see it once it is
     * published (issue 16, item 7); a published record's page as it is. Never a record in the trash.
     */
    public Optional<RecordDetail> preview(RecordKind kind, long id) {
        if (!security.isCallerInRole(Role.ADMIN.name())) {
            return Optional.empty();
        }
        return new DetailReader(em).preview(kind, id);
    }
}
