package fr.plume.tool.assessment.domain;

import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One student's attempt in one mode.
 *
 * @param competencies     the competencies practised (formative); empty for all
 * @param seed             fixes the order of options and the random draws of this attempt
 * @param accessibleItems  only accessible items may be given (accommodation)
 * @param extraTimePercent accommodated extra time, applied to the certifying deadline
 * @param deadline         server-enforced end (certifying only), null otherwise
 * @param endReason        why the attempt ended, null while in progress
 * @param writing          a practice session where the student chose to write an essay (marked by a teacher)
 * @param validity         whether the finished attempt counts, null while in progress
 */
public record Attempt(UUID id, UUID memberId, UUID userId, UUID resourceLinkId, UUID contextId, TestMode mode,
        Set<String> competencies, long seed, boolean accessibleItems, int extraTimePercent, String scoringVersion,
        Instant startedAt, Instant deadline, AttemptStatus status, EndReason endReason, Instant completedAt, boolean writing,
        Validity validity) {

    public Attempt {
        competencies = Set.copyOf(competencies);
    }

    public boolean inProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public boolean pastDeadline(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    /** Immediate feedback with the explanation is given in formative mode only (an essay waits for its marker). */
    public boolean givesFeedback() {
        return mode == TestMode.FORMATIVE && !writing;
    }

    /** Finished and invalid (a certifying attempt with too few answers). */
    public boolean invalid() {
        return validity != null && !validity.valid();
    }
}
