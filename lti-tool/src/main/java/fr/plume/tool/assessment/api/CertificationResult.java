package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The result of a valid certifying attempt, held in the tool until it is published.
 *
 * @param userId         Plume's user id of the candidate (the LTI module's, keyed by issuer + sub)
 * @param contextId      the course the attempt was taken in, null when the launch had none
 * @param resourceLinkId the certification activity it was started from
 * @param certification  the certification's identity (the placed activity's {@code plume_activity})
 * @param level          overall level 1–6
 * @param publishedAt    null while awaiting publication
 */
public record CertificationResult(UUID attemptId, UUID memberId, UUID userId, UUID contextId, UUID resourceLinkId,
        String certification, int scaledScore, int scoreMaximum, int level, Instant completedAt, Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
