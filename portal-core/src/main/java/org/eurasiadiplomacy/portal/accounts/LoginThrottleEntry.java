package org.eurasiadiplomacy.portal.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed sign-ins counted for one key (a user name or a client address) and the pause they earned. Kept in
 * the database, so every instance of a cluster counts the same tries and a restart forgets nothing. The rules:
 * at {@code limit} failures the key pauses for {@link #FIRST_PAUSE}; each further failure doubles the pause, up
 * to {@link #LONGEST_PAUSE}; after {@link #FORGET_AFTER} without a failure (and no pause running) the count
 * starts again.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {

    public static final int KEY_MAX = 300;
    public static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    public static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Id
    @Column(name = "throttle_key", length = KEY_MAX)
    private String key;

    @Column(nullable = false)
    private int failures;

    /** The first failure of the current count: the start of its window. */
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected LoginThrottleEntry() {
        // for JPA
    }

    /** The first failure of {@code key}. */
    public LoginThrottleEntry(String key, Instant now, int limit) {
        if (key == null || key.isEmpty() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("A throttle key has 1 to " + KEY_MAX + " characters");
        }
        this.key = key;
        this.windowStart = Objects.requireNonNull(now);
        failed(now, limit);
    }

    /** One more failure at {@code now}; the count starts again if the earlier ones are forgotten. */
    public final void failed(Instant now, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit is at least 1");
        }
        if (failures == 0 || isForgotten(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        lastFailure = now;
        pausedUntil = failures < limit ? null : now.plus(pause(failures - limit));
    }

    /** 1 minute at the limit, doubling with each failure beyond it, never more than 15 minutes. */
    public static Duration pause(int beyondLimit) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(beyondLimit, 0), 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** No pause running and an hour of quiet: the entry may be removed. */
    public boolean isForgotten(Instant now) {
        return !isPaused(now) && now.isAfter(lastFailure.plus(FORGET_AFTER));
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public Instant getLastFailure() {
        return lastFailure;
    }

    public Instant getPausedUntil() {
        return pausedUntil;
    }
}
