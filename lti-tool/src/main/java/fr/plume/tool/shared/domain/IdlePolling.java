package fr.plume.tool.shared.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a queue worker next reads its queue in PostgreSQL. Every node polls on its own, so an idle
 * queue costs each node one query per interval: after each empty read the wait doubles, up to
 * {@code max}; a read that found work, or work queued on this node ({@link #wake}), brings it
 * back to every tick. The worker's timer ticks every {@code base}; ticks that are not
 * {@link #due} cost no query (docs/performance.md, "Nœud au repos / Idle node").
 * Thread-safe: the scheduler's thread reads, request threads wake.
 */
public final class IdlePolling {

    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private Duration wait;
    private Instant next = Instant.MIN;

    public IdlePolling(Duration base, Duration max, Clock clock) {
        this.base = base;
        this.max = max.compareTo(base) < 0 ? base : max;
        this.clock = clock;
        this.wait = base;
    }

    /** Whether this tick should read the queue. */
    public synchronized boolean due() {
        return !clock.instant().isBefore(next);
    }

    /** After a read: at once again when it found work, otherwise after the current wait, doubled for the next time. */
    public synchronized void read(boolean foundWork) {
        Instant now = clock.instant();
        if (foundWork) {
            wait = base;
            next = now;
        } else {
            next = now.plus(wait);
            wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
        }
    }

    /** Work was queued on this node: read at the next tick, and poll every tick again. */
    public synchronized void wake() {
        wait = base;
        next = Instant.MIN;
    }

    /** How long after the next empty read the one after will be. */
    public synchronized Duration currentWait() {
        return wait;
    }
}
