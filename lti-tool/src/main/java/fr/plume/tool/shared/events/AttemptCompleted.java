package fr.plume.tool.shared.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the assessment module in the transaction that completes an attempt. It lives in
 * the shared module because both the publisher and its listeners (grade outbox in {@code lti},
 * dashboards, certification) must see it without depending on each other.
 * <p>
 * Published in the transaction that completes an attempt. Listeners that must not lose it
 * (the grade outbox) run synchronously in that same transaction; others may run after commit.
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
