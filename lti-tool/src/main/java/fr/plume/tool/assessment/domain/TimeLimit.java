package fr.plume.tool.assessment.domain;

import java.time.Duration;
import java.time.Instant;

/** The certifying time limit: 90 minutes plus the candidate's accommodated extra time. */
public final class TimeLimit {

    public static final Duration CERTIFYING = Duration.ofMinutes(90);
    public static final int MAX_EXTRA_TIME_PERCENT = 200;

    private TimeLimit() {
    }

    public static Instant deadline(Instant start, int extraTimePercent) {
        int extra = Math.max(0, Math.min(MAX_EXTRA_TIME_PERCENT, extraTimePercent));
        long seconds = CERTIFYING.toSeconds() * (100 + extra) / 100;
        return start.plusSeconds(seconds);
    }

    /** Whole minutes left, rounded up, never negative. */
    public static long minutesLeft(Instant now, Instant deadline) {
        long seconds = Duration.between(now, deadline).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }
}
