package org.eurasiadiplomacy.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down, per user name and per client address. After {@value #ACCOUNT_LIMIT} failures
 * for one user name (whether or not the account exists, so the pause tells nothing), or
 * {@value #ADDRESS_LIMIT} from one address, further tries are refused unchecked for a pause that doubles with
 * each further failure: 1, 2, 4, 8, then 15 minutes. A success forgets the user name's failures (not the
 * address's: one's own account must not wipe a guessing record). Failures are forgotten after an hour of quiet.
 * <p>
 * The record is in memory: it is per server instance, and a restart forgets it. In a cluster each instance
 * throttles on its own, so an attacker spreading tries over N instances gets N times the tries.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    /** Higher than per account: an office behind one address has several people who mistype. */
    static final int ADDRESS_LIMIT = 20;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** A flood of made-up user names must not fill the memory. */
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** May this user name be tried from this address now? */
    public boolean allows(String username, String address) {
        Instant now = clock.instant();
        return !isPaused(accountKey(username), now) && !isPaused(addressKey(address), now);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.forgotten(now));
        }
        if (failures.size() < MAX_TRACKED) {
            failures.compute(accountKey(username), (key, f) -> Failures.after(f, now, ACCOUNT_LIMIT));
            failures.compute(addressKey(address), (key, f) -> Failures.after(f, now, ADDRESS_LIMIT));
        }
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private boolean isPaused(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.pausedUntil() != null && now.isBefore(f.pausedUntil());
    }

    private static String accountKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The failures counted for one key, the last one's time, and the pause they earned. */
    record Failures(int count, Instant last, Instant pausedUntil) {

        static Failures after(Failures before, Instant now, int limit) {
            int count = before == null || before.forgotten(now) ? 1 : before.count + 1;
            Instant pausedUntil = count < limit ? null : now.plus(pause(count - limit));
            return new Failures(count, now, pausedUntil);
        }

        /** 1 minute at the limit, doubling with each failure beyond it, never more than 15 minutes. */
        static Duration pause(int beyondLimit) {
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(beyondLimit, 10));
            return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
        }

        boolean forgotten(Instant now) {
            return (pausedUntil == null || !now.isBefore(pausedUntil)) && now.isAfter(last.plus(FORGET_AFTER));
        }
    }
}
