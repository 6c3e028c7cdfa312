package fr.plume.tool.demo.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** The grade a column holds for a user after the last accepted score. */
public record Grade(long lineItemId, String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String comment,
        String activityProgress, String gradingProgress, Instant scoreTimestamp, Instant receivedAt) {

    /** Moodle keeps grades with five decimals. */
    private static final int DECIMALS = 5;

    /**
     * The score as the column shows it: like Moodle's gradebook services, a score sent on another
     * maximum is rescaled to the column's maximum (612 of 1000 reads 61.2 in a column out of 100),
     * so a cell is always out of its column's maximum. Null when no score was given.
     */
    public BigDecimal scoreOn(BigDecimal columnMaximum) {
        if (scoreGiven == null || scoreMaximum == null || scoreMaximum.signum() == 0
                || scoreMaximum.compareTo(columnMaximum) == 0) {
            return scoreGiven;
        }
        return scoreGiven.multiply(columnMaximum).divide(scoreMaximum, DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
