package vn.vaxpass.functions.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * This module's clock in its tests, in place of ClockProducer's default: the system clock until a test moves it,
 * then the system clock shifted by as much. A test that moves it puts it back.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void moveBy(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Certificates are counted in UTC instants, so one zone serves all. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
