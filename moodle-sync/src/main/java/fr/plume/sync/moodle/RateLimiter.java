package fr.plume.sync.moodle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Keeps at least {@code interval} between two requests to one site, across threads. */
final class RateLimiter {

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextAllowed = Instant.MIN;

    RateLimiter(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    synchronized void acquire() throws InterruptedException {
        Instant now = clock.instant();
        if (now.isBefore(nextAllowed)) {
            sleeper.sleep(Duration.between(now, nextAllowed));
            now = nextAllowed;
        }
        nextAllowed = now.plus(interval);
    }
}
