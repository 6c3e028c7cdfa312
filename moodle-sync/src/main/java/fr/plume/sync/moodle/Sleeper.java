package fr.plume.sync.moodle;

import java.time.Duration;

/** Waits; injectable so that tests of backoff and rate limits do not sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    };
}
