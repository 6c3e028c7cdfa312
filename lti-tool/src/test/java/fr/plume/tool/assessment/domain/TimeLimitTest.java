package fr.plume.tool.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    private static final Instant START = Instant.parse("2026-05-12T08:00:00Z");

    @Test
    void theLimitIsNinetyMinutesWithoutAccommodation() {
        assertThat(TimeLimit.limit(0)).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeLimit.deadline(START, 0)).isEqualTo(START.plus(Duration.ofMinutes(90)));
    }

    @Test
    void extraTimeIsRoundedUpToAWholeMinuteSoTheAccommodationIsNeverCutShort() {
        assertThat(TimeLimit.limit(33)).isEqualTo(Duration.ofMinutes(120));
        assertThat(TimeLimit.limit(25)).isEqualTo(Duration.ofMinutes(113));
        assertThat(TimeLimit.limit(50)).isEqualTo(Duration.ofMinutes(135));
        assertThat(TimeLimit.deadline(START, 33)).isEqualTo(START.plus(Duration.ofMinutes(120)));
    }

    @Test
    void extraTimeIsKeptBetweenNoneAndTheMaximum() {
        assertThat(TimeLimit.limit(-10)).isEqualTo(Duration.ofMinutes(90));
        assertThat(TimeLimit.limit(500)).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void theTimeLeftAtTheStartIsTheAnnouncedDuration() {
        for (int extra : new int[] {0, 25, 33, 50}) {
            Instant deadline = TimeLimit.deadline(START, extra);
            assertThat(TimeLimit.minutesLeft(START, deadline)).as("extra %s %%", extra)
                    .isEqualTo(TimeLimit.limit(extra).toMinutes());
            assertThat(TimeLimit.minutesLeft(START.plusMillis(800), deadline)).as("a page shown just after the start")
                    .isEqualTo(TimeLimit.limit(extra).toMinutes());
        }
    }

    @Test
    void theTimeLeftCountsAStartedMinuteAndNeverGoesBelowZero() {
        Instant deadline = TimeLimit.deadline(START, 0);
        assertThat(TimeLimit.minutesLeft(deadline.minusSeconds(61), deadline)).isEqualTo(2);
        assertThat(TimeLimit.minutesLeft(deadline.minusSeconds(60), deadline)).isEqualTo(1);
        assertThat(TimeLimit.minutesLeft(deadline.minusSeconds(1), deadline)).isEqualTo(1);
        assertThat(TimeLimit.minutesLeft(deadline, deadline)).isZero();
        assertThat(TimeLimit.minutesLeft(deadline.plusSeconds(30), deadline)).isZero();
    }
}
