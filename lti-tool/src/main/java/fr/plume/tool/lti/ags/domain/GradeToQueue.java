package fr.plume.tool.lti.ags.domain;

import fr.plume.tool.shared.events.AttemptCompleted;
import fr.plume.tool.shared.events.CertificationResultPublished;
import java.time.Instant;
import java.util.UUID;

/**
 * A score to write to the grade outbox.
 *
 * @param attemptId the attempt it scores, the idempotency key of the outbox row
 * @param scoredAt  when the score became final: the base of its AGS timestamp
 */
public record GradeToQueue(UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId, UUID contextId,
        String mode, double scoreGiven, double scoreMaximum, Instant scoredAt) {

    /** The mode whose scores wait for publication (DESIGN §7). */
    public static final String CERTIFICATION = "CERTIFICATION";

    public static GradeToQueue of(AttemptCompleted event) {
        return new GradeToQueue(event.attemptId(), event.memberId(), event.userId(), event.resourceLinkId(),
                event.contextId(), event.mode(), event.scoreGiven(), event.scoreMaximum(), event.completedAt());
    }

    public static GradeToQueue of(CertificationResultPublished event) {
        return new GradeToQueue(event.attemptId(), event.memberId(), event.userId(), event.resourceLinkId(),
                event.contextId(), CERTIFICATION, event.scoreGiven(), event.scoreMaximum(), event.publishedAt());
    }
}
