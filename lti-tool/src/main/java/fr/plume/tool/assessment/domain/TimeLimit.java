package fr.plume.tool.assessment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The certifying time limit: 90 minutes plus the candidate's accommodated extra time, in whole
 * minutes. The limit, the duration announced before the start and the time left on each page all
 * come from here, so they agree: a 120-minute test is announced as 120 minutes and its first page
 * shows 120 minutes left.
 */
public final class TimeLimit {

    public static final Duration CERTIFYING = Duration.ofMinutes(90);
    public static final int MAX_EXTRA_TIME_PERCENT = 200;

    private TimeLimit() {
    }

    /**
     * The limit with {@code extraTimePercent} added, rounded up to the minute so an accommodation
     * is never cut short (90 minutes + 33 % is 119.7 minutes: the candidate gets 120).
     */
    public static Duration limit(int extraTimePercent) {
        int extra = Math.max(0, Math.min(MAX_EXTRA_TIME_PERCENT, extraTimePercent));
        long hundredthsOfMinutes = CERTIFYING.toMinutes() * (100 + extra);
        return Duration.ofMinutes((hundredthsOfMinutes + 99) / 100);
    }

    public static Instant deadline(Instant start, int extraTimePercent) {
        return start.plus(limit(extraTimePercent));
    }

    /** Whole minutes left, rounded up like the limit itself, never negative. */
    public static long minutesLeft(Instant now, Instant deadline) {
        long seconds = Duration.between(now, deadline).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }
}
