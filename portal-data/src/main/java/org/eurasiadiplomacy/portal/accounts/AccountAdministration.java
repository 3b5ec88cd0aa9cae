package org.eurasiadiplomacy.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.eurasiadiplomacy.portal.securitylog.SecurityEventKind;
import org.eurasiadiplomacy.portal.securitylog.SecurityLog;

/**
 * What administrators do with accounts: list, create, disable, enable, assign roles, reset passwords.
 * Every method checks that the caller is an administrator, whatever page or postback reached it. New and
 * reset accounts get a temporary password that the portal makes up and the holder must change. Every change is
 * written to the security log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    /** The list is not paged: a think tank has tens of accounts. */
    private static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SecurityContext security;

    @Inject
    SecurityLog log;

    private final SecureRandom random = new SecureRandom();

    @Transactional(TxType.SUPPORTS)
    public List<AccountSummary> list() {
        requireAdmin();
        return em.createQuery("select a from Account a order by a.username", Account.class)
                .setMaxResults(MAX_LISTED)
                .getResultList().stream().map(AccountSummary::of).toList();
    }

    public TemporaryPassword create(String username, Set<Role> roles) {
        requireAdmin();
        String name = Account.normalize(username);
        if (!Account.isValidUsername(name)) {
            throw new AccountRefused(Refusal.USERNAME_INVALID);
        }
        if (roles == null || roles.isEmpty()) {
            throw new AccountRefused(Refusal.NO_ROLE);
        }
        if (em.createQuery("select count(a) from Account a where a.username = :name", Long.class)
                .setParameter("name", name).getSingleResult() > 0) {
            throw new AccountRefused(Refusal.USERNAME_TAKEN);
        }
        String temporary = OneTimePassword.generate(random);
        try {
            em.persist(new Account(name, hashing.hash(temporary), roles, true));
            em.flush();
        } catch (PersistenceException concurrentlyTaken) {
            throw new AccountRefused(Refusal.USERNAME_TAKEN);
        }
        log.administered(SecurityEventKind.ACCOUNT_CREATED, name, roles);
        return new TemporaryPassword(name, temporary);
    }

    public void disable(long id, long version) {
        Account account = changeable(id, version);
        if (account.isAdmin() && account.isEnabled() && enabledAdmins() == 1) {
            throw new AccountRefused(Refusal.LAST_ADMIN);
        }
        account.disable();
        flush();
        log.administered(SecurityEventKind.ACCOUNT_DISABLED, account.getUsername(), Set.of());
    }

    public void enable(long id, long version) {
        Account account = changeable(id, version);
        account.enable();
        flush();
        log.administered(SecurityEventKind.ACCOUNT_ENABLED, account.getUsername(), Set.of());
    }

    public void assignRoles(long id, long version, Set<Role> roles) {
        Account account = changeable(id, version);
        if (roles == null || roles.isEmpty()) {
            throw new AccountRefused(Refusal.NO_ROLE);
        }
        if (account.isAdmin() && !roles.contains(Role.ADMIN) && account.isEnabled() && enabledAdmins() == 1) {
            throw new AccountRefused(Refusal.LAST_ADMIN);
        }
        Set<Role> before = account.getRoles();
        account.assignRoles(roles);
        flush();
        if (!before.equals(account.getRoles())) {
            log.administered(SecurityEventKind.ROLES_CHANGED, account.getUsername(), roles);
        }
    }

    /** Sets a new temporary password and signs the holder out everywhere; the holder must change it. */
    public TemporaryPassword resetPassword(long id, long version) {
        Account account = changeable(id, version);
        String temporary = OneTimePassword.generate(random);
        account.resetPassword(hashing.hash(temporary));
        flush();
        log.administered(SecurityEventKind.PASSWORD_RESET, account.getUsername(), Set.of());
        return new TemporaryPassword(account.getUsername(), temporary);
    }

    /** The account as the administrator saw it (same version), and not the administrator's own. */
    private Account changeable(long id, long version) {
        Principal admin = requireAdmin();
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountRefused(Refusal.NOT_FOUND);
        }
        if (account.getVersion() != version) {
            throw new AccountRefused(Refusal.STALE);
        }
        if (account.getUsername().equals(admin.getName())) {
            throw new AccountRefused(Refusal.SELF);
        }
        return account;
    }

    private long enabledAdmins() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :admin and a.enabled = true",
                Long.class).setParameter("admin", Role.ADMIN).getSingleResult();
    }

    /** Makes a concurrent change show here as a refusal rather than at commit as an error. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new AccountRefused(Refusal.STALE);
        }
    }

    private Principal requireAdmin() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null || !security.isCallerInRole(Role.ADMIN.name())) {
            throw new NotPermitted(Role.ADMIN.name());
        }
        return caller;
    }
}
