package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the attempts of one course context say about its class, for the teaching team's dashboard.
 * Always within one member, each read one set-based query over the course's attempts (index
 * {@code assessment_attempt_course}). A certifying attempt's level counts only once its result is
 * published (DESIGN §7), and certification items and answers are never listed.
 */
public interface ClassResults {

    /** A student's attempts in one activity (resource link) of the course. */
    record ActivityProgress(UUID userId, UUID resourceLinkId, int started, int completed, boolean inProgress,
            Instant lastActivityAt) {
    }

    /**
     * The latest level a completed attempt reported on one competency.
     *
     * @param certainty RELIABLE, TO_CONFIRM or INDICATIVE (no item of that competency answered)
     */
    record CompetencyEstimate(UUID userId, String competencyCode, int level, String certainty,
            double standardError, String mode, UUID resourceLinkId, Instant completedAt) {
    }

    /** A completed attempt's overall level (certifying ones once published). */
    record AttemptOutcome(UUID userId, UUID attemptId, UUID resourceLinkId, String mode, int level,
            Instant completedAt) {
    }

    /** How the class did on one item of a diagnostic or practice. */
    record ItemDifficulty(UUID itemId, String competencyCode, int answered, int correct, int students) {

        public double successRate() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    /**
     * One answer of a diagnostic or practice attempt ({@code correct} null while awaiting marking).
     *
     * @param response what the student answered, in short (options by the item's own numbers, typed text
     *                 as typed); null when not answered
     */
    record PracticeAnswer(UUID attemptId, String mode, Instant startedAt, int position, UUID itemId,
            String competencyCode, Instant answeredAt, String response, Boolean correct) {
    }

    List<ActivityProgress> activity(UUID memberId, UUID contextId);

    List<CompetencyEstimate> latestEstimates(UUID memberId, UUID contextId);

    /** Oldest first. */
    List<AttemptOutcome> outcomes(UUID memberId, UUID contextId);

    /** Diagnostic and practice items only, over the answers of {@code users} (null: the whole course). */
    List<ItemDifficulty> itemDifficulty(UUID memberId, UUID contextId, Collection<UUID> users);

    /** The student's diagnostic and practice answers in the course, attempt by attempt, oldest first. */
    List<PracticeAnswer> practiceAnswers(UUID memberId, UUID contextId, UUID userId);
}
