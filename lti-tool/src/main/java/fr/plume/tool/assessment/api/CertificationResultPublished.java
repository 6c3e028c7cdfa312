package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the assessment module in the transaction that publishes a certification result
 * (DESIGN §7: its score goes to the gradebook at publication, never before, queued by assessment
 * through {@code lti.api.GradeQueue} in that transaction).
 *
 * @param attemptId      the certifying attempt, also the idempotency key of its grade
 * @param memberId       the member (tenant) the attempt belongs to
 * @param userId         Plume's user id of the candidate
 * @param resourceLinkId the certification activity the attempt was started from
 * @param contextId      the course context; null when the launch had none
 * @param scoreGiven     the score on the published scale (0 ≤ scoreGiven ≤ scoreMaximum)
 * @param scoreMaximum   the maximum of that scale
 * @param publishedAt    when the result was published (the AGS score timestamp)
 */
public record CertificationResultPublished(UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId,
        UUID contextId, double scoreGiven, double scoreMaximum, Instant publishedAt) {
}
