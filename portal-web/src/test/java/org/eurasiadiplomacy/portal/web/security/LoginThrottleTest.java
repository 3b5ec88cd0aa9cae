package org.eurasiadiplomacy.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresPauseTheUserNameForAMinuteAndTheNextFailuresPauseLonger() {
        fail("mei", "10.0.0.1", 4);
        assertTrue(throttle.allows("mei", "10.0.0.1"));
        fail("mei", "10.0.0.1", 1);
        assertFalse(throttle.allows("mei", "10.0.0.1"));
        assertFalse(throttle.allows("mei", "10.0.0.2"), "from any address");
        assertTrue(throttle.allows("li", "10.0.0.1"), "other accounts from the same address are served");

        clock.advance(Duration.ofSeconds(61));
        assertTrue(throttle.allows("mei", "10.0.0.1"), "one minute after the fifth failure");
        fail("mei", "10.0.0.1", 1);
        clock.advance(Duration.ofSeconds(61));
        assertFalse(throttle.allows("mei", "10.0.0.1"), "the sixth failure pauses for two minutes");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(throttle.allows("mei", "10.0.0.1"));
    }

    @Test
    void thePauseGrowsToFifteenMinutesAtMost() {
        assertEquals(Duration.ofMinutes(1), LoginThrottle.Failures.pause(0));
        assertEquals(Duration.ofMinutes(2), LoginThrottle.Failures.pause(1));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.Failures.pause(3));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.Failures.pause(4));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.Failures.pause(60));
    }

    @Test
    void manyFailuresFromOneAddressPauseThatAddressForEveryUserName() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("sprayed-" + i, "10.0.0.9");
        }
        assertFalse(throttle.allows("mei", "10.0.0.9"));
        assertTrue(throttle.allows("mei", "10.0.0.1"));
    }

    @Test
    void aSuccessForgetsTheUserNamesFailuresButNotTheAddresses() {
        fail("mei", "10.0.0.1", 4);
        throttle.succeeded("mei");
        fail("mei", "10.0.0.1", 4);
        assertTrue(throttle.allows("mei", "10.0.0.1"), "counting starts again after a success");
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT - 8; i++) {
            throttle.failed("other-" + i, "10.0.0.1");
        }
        assertFalse(throttle.allows("li", "10.0.0.1"), "the address's record survived the success");
    }

    @Test
    void failuresAreForgottenAfterAnHourOfQuiet() {
        fail("mei", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(61));
        fail("mei", "10.0.0.1", 4);
        assertTrue(throttle.allows("mei", "10.0.0.1"));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
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
