package org.eurasiadiplomacy.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eurasiadiplomacy.portal.securitylog.SecurityLog;

/** Signing in and one's own account: what every signed-in person (and the identity store) needs. */
@ApplicationScoped
@Transactional
public class Accounts {

    /** The user name of the administrator the first start creates. */
    public static final String FIRST_ADMIN = "admin";
    /** Longer inputs are not hashed: sign-in refuses them after the same work as any wrong password. */
    private static final int LONGEST_CHECKED = PasswordPolicy.MAX_LENGTH * 4;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SecurityContext security;

    @Inject
    SecurityLog log;

    private final SecureRandom random = new SecureRandom();

    /**
     * Checks a user name and password. An unknown user, a disabled account and a wrong password all get an
     * empty answer, after one PBKDF2 run each, so neither the answer nor its time tells them apart.
     * No transaction: the hash runs without holding a connection.
     */
    @Transactional(TxType.SUPPORTS)
    public Optional<SignIn> authenticate(String username, String password) {
        String checked = password == null || password.length() > LONGEST_CHECKED ? "" : password;
        Optional<Account> found = find(Account.normalize(username));
        if (found.isEmpty()) {
            hashing.verifyAgainstDummy(checked);
            return Optional.empty();
        }
        Account account = found.get();
        boolean matches = hashing.verify(checked, account.getPasswordHash()) && !checked.isEmpty();
        if (!matches || !account.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(account.getUsername(), account.getGroups(), account.isMustChangePassword(),
                account.getSessionEpoch()));
    }

    /** The account's standing for a signed-in request; empty if it no longer exists. One primary-key-sized query. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Standing> standing(String username) {
        List<Standing> rows = em.createQuery("""
                select new org.eurasiadiplomacy.portal.accounts.Standing(a.enabled, a.mustChangePassword, a.sessionEpoch)
                from Account a where a.username = :username""", Standing.class)
                .setParameter("username", Account.normalize(username))
                .getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Changes the caller's own password (never another's: the name comes from the security context). The
     * account's other sessions end; the new session epoch is returned for the caller's current session.
     */
    public int changeOwnPassword(String currentPassword, String newPassword) {
        Principal caller = security.getCallerPrincipal();
        if (caller == null || !security.isCallerInRole(Role.STAFF.name())) {
            throw new NotPermitted(Role.STAFF.name());
        }
        Account account = find(caller.getName()).orElseThrow(() -> new NotPermitted(Role.STAFF.name()));
        if (currentPassword == null || !hashing.verify(currentPassword, account.getPasswordHash())) {
            throw new AccountRefused(Refusal.WRONG_PASSWORD);
        }
        List<PasswordProblem> problems = PasswordPolicy.check(account.getUsername(), newPassword);
        if (!problems.isEmpty()) {
            throw new AccountRefused(problems);
        }
        if (newPassword.equals(currentPassword)) {
            throw new AccountRefused(Refusal.SAME_PASSWORD);
        }
        account.changePassword(hashing.hash(newPassword));
        log.passwordChanged(account.getUsername());
        return account.getSessionEpoch();
    }

    /**
     * On a database without accounts, creates the administrator {@value #FIRST_ADMIN}: with the configured
     * password when there is one that the policy accepts, otherwise with a one-time password that must be
     * changed at the first sign-in. Does nothing (empty) when any account exists, so it can run at every start.
     */
    public Optional<FirstAdmin> createFirstAdmin(Optional<String> configuredPassword) {
        long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (accounts > 0) {
            return Optional.empty();
        }
        boolean usable = configuredPassword.isPresent()
                && PasswordPolicy.check(FIRST_ADMIN, configuredPassword.get()).isEmpty();
        String password = usable ? configuredPassword.get() : OneTimePassword.generate(random);
        em.persist(new Account(FIRST_ADMIN, hashing.hash(password), Set.of(Role.ADMIN), !usable));
        em.flush();
        return Optional.of(new FirstAdmin(FIRST_ADMIN, usable ? Optional.empty() : Optional.of(password),
                configuredPassword.isPresent() && !usable));
    }

    private Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultList().stream().findFirst();
    }
}
