package org.eurasiadiplomacy.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Slows password guessing down, per user name and per client address, in the database: after
 * {@value #ACCOUNT_LIMIT} failures for one user name (whether or not the account exists, so the pause tells
 * nothing), or {@value #ADDRESS_LIMIT} from one address, further tries are refused unchecked for a pause that
 * doubles with each further failure (the rules are {@link LoginThrottleEntry}'s). A success forgets the user
 * name's failures, not the address's: one's own account must not wipe a guessing record.
 * <p>
 * Every failure is recorded, however many keys there are (the in-memory count this replaces stopped counting
 * at 10,000 keys, which let guesses through unlimited). The table stays small because entries an hour quiet
 * are removed, at most once a minute per instance. The counts are shared by every instance of a cluster.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    /** Higher than per account: an office behind one address has several people who mistype. */
    public static final int ADDRESS_LIMIT = 20;
    private static final Duration EVICT_EVERY = Duration.ofMinutes(1);
    private static final int LONGEST_PLAIN_KEY = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Replaced by tests that move time. */
    Clock clock = Clock.systemUTC();

    private volatile Instant lastEviction = Instant.EPOCH;

    /** May this user name be tried from this address now? */
    @Transactional(TxType.SUPPORTS)
    public boolean allows(String username, String address) {
        Instant now = clock.instant();
        List<Instant> pauses = em.createQuery("""
                select t.pausedUntil from LoginThrottleEntry t
                where t.key in (:keys) and t.pausedUntil is not null""", Instant.class)
                .setParameter("keys", List.of(accountKey(username), addressKey(address)))
                .getResultList();
        return pauses.stream().noneMatch(now::isBefore);
    }

    /**
     * Counts a failure for the user name and the address. Its own transaction, and the rows are locked while
     * counted, so concurrent failures on several instances are all counted. Two first failures of one key at
     * the same moment can collide on its primary key: the caller then tries once more, and finds the row.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username), now, ACCOUNT_LIMIT);
        count(addressKey(address), now, ADDRESS_LIMIT);
        if (Duration.between(lastEviction, now).compareTo(EVICT_EVERY) >= 0) {
            lastEviction = now;
            evictQuiet(now);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        em.createQuery("delete from LoginThrottleEntry t where t.key = :key")
                .setParameter("key", accountKey(username))
                .executeUpdate();
    }

    /** How many keys are tracked now (for tests and operations). */
    @Transactional(TxType.SUPPORTS)
    public long tracked() {
        return em.createQuery("select count(t) from LoginThrottleEntry t", Long.class).getSingleResult();
    }

    private void count(String key, Instant now, int limit) {
        LoginThrottleEntry entry = em.find(LoginThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            em.persist(new LoginThrottleEntry(key, now, limit));
            em.flush();
        } else {
            entry.failed(now, limit);
        }
    }

    /** Removes the entries that {@link LoginThrottleEntry#isForgotten} would forget anyway. */
    private void evictQuiet(Instant now) {
        em.createQuery("""
                delete from LoginThrottleEntry t
                where t.lastFailure < :quietSince and (t.pausedUntil is null or t.pausedUntil <= :now)""")
                .setParameter("quietSince", now.minus(LoginThrottleEntry.FORGET_AFTER))
                .setParameter("now", now)
                .executeUpdate();
    }

    static String accountKey(String username) {
        return key("user", username);
    }

    static String addressKey(String address) {
        return key("address", address);
    }

    /** A key fits its column whatever was typed: a long name is kept as its SHA-256. */
    private static String key(String kind, String value) {
        String plain = value == null ? "" : value;
        if (plain.length() <= LONGEST_PLAIN_KEY) {
            return kind + ":" + plain;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return kind + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
