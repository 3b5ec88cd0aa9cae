package org.eurasiadiplomacy.portal.curation;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Names the signed-in account on every revision, whatever made it: the curation form, the source editor, an
 * import, a restore, the trash, a publication. This is the one place a revision gets its author, so no service
 * can forget it. Envers creates the revision at the transaction's first audited write, in the caller's thread,
 * so Jakarta Security still knows the caller; Envers instantiates this listener itself, outside CDI, which is why
 * the caller is looked up rather than injected. No caller (migrations, start-up work) is "system".
 */
public class RevisionEditor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setEditor(callerName());
    }

    static String callerName() {
        SecurityContext security;
        try {
            security = CDI.current().select(SecurityContext.class).get();
        } catch (IllegalStateException noContainer) {
            // no CDI container at all: nobody can be signed in
            return Revision.SYSTEM;
        }
        Principal caller = security.getCallerPrincipal();
        return caller == null ? Revision.SYSTEM : caller.getName();
    }
}
