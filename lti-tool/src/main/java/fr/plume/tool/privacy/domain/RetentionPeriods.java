package fr.plume.tool.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long each kind of data is kept. Calendar periods (months, years) are counted in UTC, so a
 * row is kept at least its period whatever the time zone.
 */
public record RetentionPeriods(Period launchCounts, Period practiceAnswers, Duration attemptAdmissions,
        Duration verificationCounters, Period finishedGrades, Period pushedRatings) {

    public RetentionPeriods {
        Objects.requireNonNull(launchCounts);
        Objects.requireNonNull(practiceAnswers);
        Objects.requireNonNull(attemptAdmissions);
        Objects.requireNonNull(verificationCounters);
        Objects.requireNonNull(finishedGrades);
        Objects.requireNonNull(pushedRatings);
        if (launchCounts.isNegative() || practiceAnswers.isNegative() || attemptAdmissions.isNegative()
                || verificationCounters.isNegative() || finishedGrades.isNegative()
                || pushedRatings.isNegative()) {
            throw new IllegalArgumentException("retention periods cannot be negative");
        }
    }

    /** The defaults of docs/privacy.md. */
    public static RetentionPeriods standard() {
        return new RetentionPeriods(Period.ofMonths(13), Period.ofYears(3), Duration.ofDays(30), Duration.ofDays(1),
                Period.ofYears(1), Period.ofYears(1));
    }

    /** Data of this kind recorded before the returned instant is past its retention period at {@code now}. */
    public Instant cutoff(DataKind kind, Instant now) {
        return switch (kind) {
            case LAUNCH_COUNTS -> now.atZone(ZoneOffset.UTC).minus(launchCounts).toInstant();
            case PRACTICE_ANSWERS -> now.atZone(ZoneOffset.UTC).minus(practiceAnswers).toInstant();
            case ATTEMPT_ADMISSIONS -> now.minus(attemptAdmissions);
            case VERIFICATION_COUNTERS -> now.minus(verificationCounters);
            case FINISHED_GRADES -> now.atZone(ZoneOffset.UTC).minus(finishedGrades).toInstant();
            case PUSHED_RATINGS -> now.atZone(ZoneOffset.UTC).minus(pushedRatings).toInstant();
        };
    }
}
