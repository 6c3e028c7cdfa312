package fr.plume.tool.lti.ags.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter for grade delivery: {@code base·2^(n-1)} capped at
 * {@code max}, each delay drawn in [½, 1] of that value so that nodes and grades retried after
 * the same outage do not all come back at once. Past {@code giveUpAfter} (24 h from queueing)
 * there is no next attempt: the grade becomes a dead letter an administrator can retry.
 */
public record Backoff(Duration base, Duration max, Duration giveUpAfter) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    /**
     * @param attempts  attempts made so far (≥ 1)
     * @param queuedAt  when the grade was queued
     * @param now       now
     * @param random    uniform in [0, 1)
     * @return when to try again, or empty when the grade must go to the dead letters
     */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now, DoubleSupplier random) {
        Instant deadline = queuedAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long ceiling = Math.min(max.toMillis(), base.toMillis() * (1L << Math.min(exponent, 20)));
        long delay = (long) (ceiling * (0.5 + 0.5 * random.getAsDouble()));
        Instant next = now.plusMillis(Math.max(delay, 1));
        // The last try happens at the deadline rather than never.
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
