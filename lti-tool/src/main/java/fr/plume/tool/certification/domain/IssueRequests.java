package fr.plume.tool.certification.domain;

import fr.plume.tool.certification.api.CandidateCertified;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The durable queue of certificates to issue, one row per published candidate. */
public interface IssueRequests {

    record ClaimedRequest(UUID candidateId, CandidateCertified event, int attempts, UUID leaseToken) {
    }

    /** Queues it in the caller's (publishing) transaction; false when that candidate is already queued. */
    boolean enqueue(CandidateCertified event, Instant now);

    /** Claims up to {@code limit} due requests for {@code lease}; call in its own short transaction. */
    List<ClaimedRequest> claim(Instant now, Duration lease, int limit);

    /** Removes a request whose certificate is stored (in the same transaction as the certificate). */
    boolean done(ClaimedRequest request);

    boolean retryAt(ClaimedRequest request, Instant next, String error);

    int pending();
}
