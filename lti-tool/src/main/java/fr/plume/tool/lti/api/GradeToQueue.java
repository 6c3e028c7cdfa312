package fr.plume.tool.lti.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A score to send to the platform's gradebook (LTI AGS).
 *
 * @param attemptId      the attempt it scores, the idempotency key of its outbox row
 * @param memberId       the member (tenant) the attempt belongs to
 * @param userId         Plume's user id of the student
 * @param resourceLinkId the resource link whose gradebook column receives it; nothing is queued without one
 * @param contextId      the course context, null when the launch had none
 * @param mode           DIAGNOSTIC, FORMATIVE or CERTIFICATION (the line item's tag, the score's comment)
 * @param scoreGiven     the score on the published scale (0 ≤ scoreGiven ≤ scoreMaximum)
 * @param scoreMaximum   the maximum of that scale
 * @param scoredAt       when the score became final: the base of its AGS timestamp
 */
public record GradeToQueue(UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId, UUID contextId,
        String mode, double scoreGiven, double scoreMaximum, Instant scoredAt) {
}
