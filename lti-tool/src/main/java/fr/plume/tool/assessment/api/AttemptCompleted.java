package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the assessment module in the transaction that completes an attempt with a valid,
 * scored result, for modules that follow results (dashboards, certification). Listeners that must
 * not lose it run synchronously in that transaction; others may run after commit. The gradebook
 * does not listen to it: assessment queues the grade itself through {@code lti.api.GradeQueue},
 * in the same transaction, so that lti need not depend on assessment.
 *
 * @param attemptId      the attempt, also the idempotency key of its grade
 * @param memberId       the member (tenant) the attempt belongs to
 * @param userId         Plume's user id of the student
 * @param resourceLinkId the resource link launched (from the launch or Deep Linking); null outside LTI
 * @param contextId      the course context; null when the launch had none
 * @param mode           DIAGNOSTIC, FORMATIVE or CERTIFICATION
 * @param scoreGiven     the score on the published scale (0 ≤ scoreGiven ≤ scoreMaximum)
 * @param scoreMaximum   the maximum of that scale
 * @param completedAt    when the attempt ended (the AGS score timestamp)
 */
public record AttemptCompleted(UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId, UUID contextId,
        String mode, double scoreGiven, double scoreMaximum, Instant completedAt) {
}
