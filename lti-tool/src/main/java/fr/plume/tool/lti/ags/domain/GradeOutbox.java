package fr.plume.tool.lti.ags.domain;

import fr.plume.tool.lti.api.GradeToQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Grades waiting for delivery to the platform, leased to one node at a time. */
public interface GradeOutbox {

    /** A row as the dead-letter page shows it (no personal data: ids and the platform's message). */
    public record GradeRow(UUID id, UUID attemptId, UUID memberId, UUID userId, UUID resourceLinkId, String mode,
            double scoreGiven, double scoreMaximum, Instant scoreTimestamp, String status, int attempts,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant updatedAt) {
    }

    boolean enqueue(GradeToQueue grade, Instant now);

    List<ClaimedGrade> claim(Instant now, Duration lease, int limit);

    boolean finish(ClaimedGrade grade, String status, int httpStatus, Instant now);

    int delivered(List<ClaimedGrade> grades, Instant now);

    boolean retryAt(ClaimedGrade grade, Instant next, int httpStatus, String error, Instant now);

    boolean dead(ClaimedGrade grade, int httpStatus, String error, Instant now);

    boolean requeue(UUID memberId, UUID id, Instant now);

    boolean discard(UUID memberId, UUID id, Instant now);

    List<GradeRow> failures(UUID memberId, int limit);

    Optional<GradeRow> byAttempt(UUID attemptId);

    Map<UUID, Long> failureCounts();

    long countByStatus(String status);

    /** When the longest-waiting pending grade was queued (all nodes), or empty when none waits. */
    Optional<Instant> oldestPendingQueuedAt();
}
