package fr.plume.tool.demo.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The grade a column holds for a user after the last accepted score. */
public record Grade(long lineItemId, String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String comment,
        String activityProgress, String gradingProgress, Instant scoreTimestamp, Instant receivedAt) {
}
