package fr.plume.tool.certification.domain;

import java.time.Instant;

/** Requests per client and fixed window, shared by every node. */
public interface VerificationCounters {

    /** Counts one request of {@code client} in the window starting at {@code windowStart}; returns the count. */
    int increment(String client, Instant windowStart);

    int deleteBefore(Instant windowStart);
}
