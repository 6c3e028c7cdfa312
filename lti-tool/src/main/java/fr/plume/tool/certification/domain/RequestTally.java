package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node's view of the requests per client and fixed window: what the shared counters held at
 * the last flush plus what this node counted since. Counting a request costs no database round
 * trip; {@link #flush} adds the node's pending requests to the shared counters in one go. So a
 * client is held to the limit exactly on one node, and across nodes within what the other nodes
 * counted since their last flush (a second at most with the default schedule).
 */
public final class RequestTally {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        private final Instant start;
        private final AtomicInteger pending = new AtomicInteger();
        private volatile int shared;

        private Window(Instant start) {
            this.start = start;
        }
    }

    /** Counts one request of {@code client} in the window starting at {@code windowStart}; returns the count. */
    public int count(String client, Instant windowStart) {
        Window window = windows.compute(client,
                (key, current) -> current != null && current.start.equals(windowStart) ? current : new Window(windowStart));
        int pending = window.pending.incrementAndGet();
        return window.shared + pending;
    }

    /**
     * Sends every pending count to the shared counters. The shared total is taken before the sent
     * requests leave the pending count, so a request counted meanwhile is never missed (it may be
     * counted twice for an instant, on the safe side).
     */
    public void flush(VerificationCounters counters) {
        windows.forEach((client, window) -> {
            int pending = window.pending.get();
            if (pending > 0) {
                window.shared = counters.add(client, window.start, pending);
                window.pending.addAndGet(-pending);
            }
        });
    }

    /** Forgets the windows that started before {@code start} and have nothing left to send. */
    public void forgetBefore(Instant start) {
        windows.entrySet().removeIf(e -> e.getValue().start.isBefore(start) && e.getValue().pending.get() == 0);
    }
}
