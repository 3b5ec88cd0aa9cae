package org.eurasiadiplomacy.portal.curation;

import org.hibernate.envers.RevisionListener;

/**
 * Starts every revision as the system's. {@link Curation} names the signed-in editor on the transaction's
 * revision itself, because Envers creates this listener outside CDI and may run it after the caller's
 * request context is gone.
 */
public class RevisionEditor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setEditor(Revision.SYSTEM);
    }
}
