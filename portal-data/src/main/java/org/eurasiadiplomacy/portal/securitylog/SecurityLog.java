package org.eurasiadiplomacy.portal.securitylog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.eurasiadiplomacy.portal.accounts.Account;
import org.eurasiadiplomacy.portal.accounts.NotPermitted;
import org.eurasiadiplomacy.portal.accounts.Role;

/**
 * Writes and reads the security log. Account administration writes in its own transaction, so an entry exists
 * exactly when the change does; sign-ins write in a transaction of their own. Reading is for administrators.
 */
@ApplicationScoped
@Transactional
public class SecurityLog {

    public static final int PAGE_SIZE = 50;
    /** Throttled tries of one user name from one address within this long count into one entry. */
    static final Duration THROTTLED_WINDOW = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    RequestOrigin origin;

    Clock clock = Clock.systemUTC();

    /** An administrator's change to {@code account}, from the current request's address. */
    public void administered(SecurityEventKind kind, String account, Set<Role> roles) {
        Principal caller = security.getCallerPrincipal();
        em.persist(new SecurityEvent(kind, account, caller == null ? null : caller.getName(), originAddress(),
                roles, clock.instant()));
    }

    /** The holder changed their own password. */
    public void passwordChanged(String account) {
        em.persist(new SecurityEvent(SecurityEventKind.PASSWORD_CHANGED, account, account, originAddress(), Set.of(),
                clock.instant()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void signedIn(String account, String address) {
        em.persist(new SecurityEvent(SecurityEventKind.SIGNED_IN, account, account, address, Set.of(),
                clock.instant()));
    }

    /** A wrong password or an unknown or disabled account. The typed name is kept only if an account has it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void signInFailed(String typedName, String address) {
        String account = existing(typedName);
        em.persist(new SecurityEvent(SecurityEventKind.SIGN_IN_FAILED, account, null, address, Set.of(),
                clock.instant()));
    }

    /**
     * A try the throttle refused. These cost the attacker nothing, so they do not get a row each: the tries of
     * one name from one address within {@link #THROTTLED_WINDOW} of the entry's start count into that entry.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void signInThrottled(String typedName, String address) {
        String account = existing(typedName);
        SecurityEvent probe = new SecurityEvent(SecurityEventKind.SIGN_IN_THROTTLED, account, null, address,
                Set.of(), clock.instant());
        String sameAccount = probe.getAccount() == null ? "e.account is null" : "e.account = :account";
        var update = em.createQuery("""
                        update SecurityEvent e set e.attempts = e.attempts + 1, e.lastAt = :now
                        where e.kind = :kind and e.address = :address and e.occurredAt > :since""" + " and " + sameAccount);
        if (probe.getAccount() != null) {
            update.setParameter("account", probe.getAccount());
        }
        int counted = update.setParameter("now", probe.getOccurredAt())
                .setParameter("kind", SecurityEventKind.SIGN_IN_THROTTLED)
                .setParameter("address", probe.getAddress())
                .setParameter("since", probe.getOccurredAt().minus(THROTTLED_WINDOW))
                .executeUpdate();
        if (counted == 0) {
            em.persist(probe);
        }
    }

    /** Page {@code page} (from 0) of the log, newest first; a page beyond the end gives the last one. */
    @Transactional(TxType.SUPPORTS)
    public SecurityLogPage page(int page) {
        requireAdmin();
        long total = em.createQuery("select count(e) from SecurityEvent e", Long.class).getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        var rows = em.createQuery("""
                        select new org.eurasiadiplomacy.portal.securitylog.SecurityLogEntry(e.id, e.occurredAt, e.kind,
                            e.account, e.actor, e.address, e.roles, e.attempts, e.lastAt)
                        from SecurityEvent e order by e.occurredAt desc, e.id desc""", SecurityLogEntry.class)
                .setFirstResult(shown * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        return new SecurityLogPage(rows, shown, pages, total);
    }

    private String existing(String typedName) {
        String name = Account.normalize(typedName);
        if (!Account.isValidUsername(name)) {
            return null;
        }
        long found = em.createQuery("select count(a) from Account a where a.username = :name", Long.class)
                .setParameter("name", name).getSingleResult();
        return found > 0 ? name : null;
    }

    private String originAddress() {
        try {
            return origin.address();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    private void requireAdmin() {
        if (security.getCallerPrincipal() == null || !security.isCallerInRole(Role.ADMIN.name())) {
            throw new NotPermitted(Role.ADMIN.name());
        }
    }
}
