package fr.plume.tool.certification.domain;

import java.time.Instant;

/** Anti-abuse counters per client and fixed window, shared by every node: verifications, wrong session codes. */
public interface VerificationCounters {

    /** Adds {@code requests} of {@code client} in the window starting at {@code windowStart}; returns the total. */
    int add(String client, Instant windowStart, int requests);

    /** The total of {@code client} in the window starting at {@code windowStart}, 0 when none. */
    int count(String client, Instant windowStart);

    int deleteBefore(Instant windowStart);
}
