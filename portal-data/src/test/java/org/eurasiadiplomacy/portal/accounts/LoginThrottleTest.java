package org.eurasiadiplomacy.portal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eurasiadiplomacy.portal.testing.PortalDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in throttle's rules on the real database, on a clock the test moves. Two throttles on one database
 * stand for two instances of a cluster.
 */
class LoginThrottleTest {

    @TempDir
    static Path folder;

    private static PortalDatabase db;
    private final MovableClock clock = new MovableClock();
    /** Two instances of the portal: each has its own throttle object, both share the database. */
    private final SignInThrottle instanceA = instance();
    private final SignInThrottle instanceB = instance();

    @BeforeAll
    static void open() {
        db = PortalDatabase.createIn(folder);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void nothingCounted() {
        db.run(em -> em.createNativeQuery("delete from login_throttle").executeUpdate());
    }

    @Test
    void fiveFailuresPauseTheUserNameForAMinuteAndTheNextFailuresPauseLonger() {
        fail("mei", "10.0.0.1", 4);
        assertTrue(allows("mei", "10.0.0.1"));
        fail("mei", "10.0.0.1", 1);
        assertFalse(allows("mei", "10.0.0.1"));
        assertFalse(allows("mei", "10.0.0.2"), "from any address");
        assertTrue(allows("li", "10.0.0.1"), "other accounts from the same address are served");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(allows("mei", "10.0.0.1"), "one minute after the fifth failure");
        fail("mei", "10.0.0.1", 1);
        clock.advance(Duration.ofSeconds(61));
        assertFalse(allows("mei", "10.0.0.1"), "the sixth failure pauses for two minutes");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(allows("mei", "10.0.0.1"));
    }

    @Test
    void thePauseGrowsToFifteenMinutesAtMost() {
        assertEquals(Duration.ofMinutes(1), LoginThrottleEntry.pause(0));
        assertEquals(Duration.ofMinutes(2), LoginThrottleEntry.pause(1));
        assertEquals(Duration.ofMinutes(8), LoginThrottleEntry.pause(3));
        assertEquals(Duration.ofMinutes(15), LoginThrottleEntry.pause(4));
        assertEquals(Duration.ofMinutes(15), LoginThrottleEntry.pause(60));
    }

    @Test
    void manyFailuresFromOneAddressPauseThatAddressForEveryUserName() {
        throttle(t -> {
            for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
                t.failed("sprayed-" + i, "10.0.0.9");
            }
        });
        assertFalse(allows("mei", "10.0.0.9"));
        assertTrue(allows("mei", "10.0.0.1"));
    }

    @Test
    void aSuccessForgetsTheUserNamesFailuresButNotTheAddresses() {
        fail("mei", "10.0.0.1", 4);
        throttle(t -> t.succeeded("mei"));
        fail("mei", "10.0.0.1", 4);
        assertTrue(allows("mei", "10.0.0.1"), "counting starts again after a success");
        throttle(t -> {
            for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT - 8; i++) {
                t.failed("other-" + i, "10.0.0.1");
            }
        });
        assertFalse(allows("li", "10.0.0.1"), "the address's record survived the success");
    }

    @Test
    void failuresAreForgottenAfterAnHourOfQuiet() {
        fail("mei", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(61));
        fail("mei", "10.0.0.1", 4);
        assertTrue(allows("mei", "10.0.0.1"));
    }

    @Test
    void moreThanTenThousandKeysStillPauseTheAdministrator() {
        // the flood the in-memory throttle could not hold: made-up names from many addresses
        int names = 10_500;
        for (int batch = 0; batch < names; batch += 500) {
            int first = batch;
            throttle(t -> {
                for (int i = first; i < first + 500; i++) {
                    t.failed("made-up-" + i, "10.1." + (i / 250) + "." + (i % 250));
                }
            });
        }
        assertTrue(tracked() > 10_000, "keys tracked: " + tracked());

        fail("admin", "10.2.0.1", SignInThrottle.ACCOUNT_LIMIT);

        assertFalse(allows("admin", "10.2.0.1"), "the administrator is paused, however full the record is");
        assertFalse(allows("admin", "10.2.0.7"), "from every address");
    }

    @Test
    void quietEntriesAreRemovedSoTheRecordStaysBounded() {
        throttle(t -> {
            for (int i = 0; i < 300; i++) {
                t.failed("made-up-" + i, "10.3.0." + (i % 200));
            }
        });
        clock.advance(Duration.ofMinutes(50));
        fail("guessed", "10.4.0.1", 30);
        long before = tracked();

        clock.advance(Duration.ofMinutes(11));
        fail("late", "10.5.0.1", 1);

        assertTrue(before > 300, "tracked before: " + before);
        assertEquals(4, tracked(), "the quiet entries are gone; the paused name and address and the new ones remain");
        assertFalse(allows("guessed", "10.6.0.1"), "a pause still running is kept");
    }

    @Test
    void twoInstancesCountTheSameTries() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            String address = "10.7.0." + (i + 1);
            inThrottle(i % 2 == 0 ? instanceA : instanceB, t -> {
                t.failed("mei", address);
                return null;
            });
        }
        boolean onA = inThrottle(instanceA, t -> t.allows("mei", "10.7.0.9"));
        boolean onB = inThrottle(instanceB, t -> t.allows("mei", "10.7.0.9"));
        assertFalse(onA, "five failures spread over two instances pause the name on the first");
        assertFalse(onB, "and on the second");
    }

    private void fail(String username, String address, int times) {
        throttle(t -> {
            for (int i = 0; i < times; i++) {
                t.failed(username, address);
            }
        });
    }

    private boolean allows(String username, String address) {
        return inThrottle(t -> t.allows(username, address));
    }

    private long tracked() {
        return inThrottle(SignInThrottle::tracked);
    }

    private void throttle(Consumer<SignInThrottle> work) {
        inThrottle(t -> {
            work.accept(t);
            return null;
        });
    }

    private <T> T inThrottle(Function<SignInThrottle, T> work) {
        return inThrottle(instanceA, work);
    }

    /** The throttle of one instance of the portal, on the shared database, in one transaction. */
    private <T> T inThrottle(SignInThrottle instance, Function<SignInThrottle, T> work) {
        return db.inTransaction(em -> {
            instance.em = em;
            return work.apply(instance);
        });
    }

    private SignInThrottle instance() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.clock = clock;
        return throttle;
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
