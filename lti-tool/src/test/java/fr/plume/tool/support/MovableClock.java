package fr.plume.tool.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward instead of sleeping (deadlines, backoff, leases, key rotation):
 * either stopped at its creation, or running with the system clock, each shifted by what the test
 * has advanced.
 */
public final class MovableClock extends Clock {

    private final Instant stoppedAt;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MovableClock(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    /** Time stands still unless the test advances it. */
    public static MovableClock stopped() {
        return new MovableClock(Instant.now());
    }

    /** The system clock, plus what the test advanced. */
    public static MovableClock running() {
        return new MovableClock(null);
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /**
     * Moves to one second into the next epoch-aligned window of this length, so that requests a
     * test counts within one fixed window (rate limits) cannot straddle two with a running clock.
     */
    public void advanceToNextWindow(Duration window) {
        Instant now = instant();
        long seconds = window.toSeconds();
        Instant next = Instant.ofEpochSecond((Math.floorDiv(now.getEpochSecond(), seconds) + 1) * seconds + 1);
        advance(Duration.between(now, next));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return (stoppedAt == null ? Instant.now() : stoppedAt).plus(offset.get());
    }
}
