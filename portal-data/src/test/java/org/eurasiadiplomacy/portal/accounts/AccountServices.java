package org.eurasiadiplomacy.portal.accounts;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.securitylog.SecurityLogs;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;

/**
 * The account services on the real persistence unit (H2, Flyway), each call in its own transaction as the
 * container would run it, with a caller the test chooses and the real PBKDF2 cost.
 */
final class AccountServices implements AutoCloseable {

    final PortalDatabase db;
    final PasswordHashing hashing = new PasswordHashing();
    final FakeCaller caller = new FakeCaller();
    /** Every password check the services run, for tests that compare the work of sign-in attempts. */
    final RecordedHashes hashes = new RecordedHashes(new JdkPbkdf2PasswordHash());
    /** The address the services' requests come from, as the security log records it. */
    static final String ADDRESS = "192.0.2.17";

    AccountServices(Path folder) {
        db = PortalDatabase.createIn(folder);
        hashing.pbkdf2 = hashes;
        hashing.configure();
    }

    void removeAllAccounts() {
        db.run(em -> {
            em.createNativeQuery("delete from security_event").executeUpdate();
            em.createNativeQuery("delete from account_role").executeUpdate();
            em.createNativeQuery("delete from account").executeUpdate();
        });
        caller.signOut();
    }

    <T> T accounts(Function<Accounts, T> work) {
        return db.inTransaction(em -> {
            Accounts accounts = new Accounts();
            accounts.em = em;
            accounts.hashing = hashing;
            accounts.security = caller;
            accounts.log = SecurityLogs.on(em, caller, ADDRESS);
            return work.apply(accounts);
        });
    }

    <T> T administration(Function<AccountAdministration, T> work) {
        return db.inTransaction(em -> {
            AccountAdministration administration = new AccountAdministration();
            administration.em = em;
            administration.hashing = hashing;
            administration.security = caller;
            administration.log = SecurityLogs.on(em, caller, ADDRESS);
            return work.apply(administration);
        });
    }

    void administer(Consumer<AccountAdministration> work) {
        administration(administration -> {
            work.accept(administration);
            return null;
        });
    }

    /** An account as an earlier administrator would have left it. */
    Account insert(String username, String password, Set<Role> roles, boolean mustChange) {
        return db.inTransaction(em -> {
            Account account = new Account(username, hashing.hash(password), roles, mustChange);
            em.persist(account);
            return account;
        });
    }

    Account load(String username) {
        return db.inTransaction(em -> em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult());
    }

    @Override
    public void close() {
        db.close();
    }
}
