package fr.plume.tool.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void aScoreOnTheColumnsMaximumIsShownAsSent() {
        assertThat(grade("612", "1000").scoreOn(new BigDecimal("1000")).toPlainString()).isEqualTo("612");
        assertThat(grade("87", "100").scoreOn(new BigDecimal("100.00")).toPlainString()).isEqualTo("87");
    }

    @Test
    void aScoreOnAnotherMaximumIsRescaledToTheColumnLikeMoodleDoes() {
        assertThat(grade("612", "1000").scoreOn(new BigDecimal("100")).toPlainString()).isEqualTo("61.2");
        assertThat(grade("64", "100").scoreOn(new BigDecimal("1000")).toPlainString()).isEqualTo("640");
        assertThat(grade("1", "3").scoreOn(new BigDecimal("20")).toPlainString()).isEqualTo("6.66667");
    }

    @Test
    void noScoreStaysNoScore() {
        assertThat(grade(null, "1000").scoreOn(new BigDecimal("100"))).isNull();
    }

    private static Grade grade(String given, String maximum) {
        return new Grade(1L, "201", given == null ? null : new BigDecimal(given), new BigDecimal(maximum), null,
                "Completed", "FullyGraded", Instant.EPOCH, Instant.EPOCH);
    }
}
