package fr.plume.tool.certification.domain;

import java.time.Instant;

/** Requests per client and fixed window, shared by every node. */
public interface VerificationCounters {

    /** Adds {@code requests} of {@code client} in the window starting at {@code windowStart}; returns the total. */
    int add(String client, Instant windowStart, int requests);

    int deleteBefore(Instant windowStart);
}
