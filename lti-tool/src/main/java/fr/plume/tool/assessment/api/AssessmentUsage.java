package fr.plume.tool.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts per member for the consortium's usage report: how many, and how many distinct students
 * behind them (so small groups can be suppressed), never who. {@code member} empty: every member
 * (the consortium's view); otherwise that member only.
 */
public interface AssessmentUsage {

    /** Attempts of one mode (DIAGNOSTIC, FORMATIVE, CERTIFICATION; a mock certification counts as FORMATIVE) started in the period. */
    record ModeCount(UUID memberId, String mode, long count, long students) {
    }

    record Count(UUID memberId, long count, long students) {
    }

    /** Attempts started in [from, to), per member and mode. */
    List<ModeCount> attemptsStarted(Instant from, Instant to, Optional<UUID> member);

    /** Essays marked by the teaching team in [from, to), per member. */
    List<Count> essaysMarked(Instant from, Instant to, Optional<UUID> member);

    /** Certification results published in [from, to), per member. */
    List<Count> certificationsPublished(Instant from, Instant to, Optional<UUID> member);
}
