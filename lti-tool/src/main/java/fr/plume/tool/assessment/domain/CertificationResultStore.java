package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.api.CertificationResult;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Certification results held until published (DESIGN §7), within one member. */
public interface CertificationResultStore {

    /** Records the result of a completed certifying attempt as awaiting publication, in the caller's transaction. */
    void holdForPublication(UUID memberId, UUID attemptId, Instant at);

    /** The result, locked until the transaction ends: one publication at a time. */
    Optional<CertificationResult> lock(UUID memberId, UUID attemptId);

    /** Marks the result published with the score it was published with; false when it already was. */
    boolean markPublished(UUID memberId, UUID attemptId, Instant at, String publishedBy, int publishedScore);
}
