package fr.plume.tool.demo.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A score as the platform accepts it (AGS 2.0 §3.4), after Moodle's defaults were applied. */
public record ScoreSubmission(String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String comment,
        String activityProgress, String gradingProgress, Instant timestamp) {
}
