package fr.plume.tool.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ScoringConfigurationsTest {

    private static final ScoringConfiguration V1 = new ScoringConfiguration("v1", LocalDate.of(2025, 1, 1),
            List.of(-1.5, -0.5, 0.25, 1.0, 1.75), 500, 100, 0, 1000);
    private static final ScoringConfiguration V2 = new ScoringConfiguration("v2", LocalDate.of(2026, 1, 1),
            List.of(-1.4, -0.4, 0.3, 1.1, 1.8), 600, 80, 200, 1000);

    @Test
    void levelsFollowTheCutPointsWithLowerBoundsIncluded() {
        assertThat(V1.level(-3.0)).isEqualTo(1);
        assertThat(V1.level(-1.5)).isEqualTo(2);
        assertThat(V1.level(-0.6)).isEqualTo(2);
        assertThat(V1.level(0.0)).isEqualTo(3);
        assertThat(V1.level(0.25)).isEqualTo(4);
        assertThat(V1.level(1.2)).isEqualTo(5);
        assertThat(V1.level(1.75)).isEqualTo(6);
        assertThat(V1.levelLowerBound(1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(V1.levelUpperBound(3)).isEqualTo(0.25);
        assertThat(V1.levelLowerBound(6)).isEqualTo(1.75);
    }

    @Test
    void scaledScoreIsLinearRoundedAndClamped() {
        assertThat(V1.scaledScore(0.0)).isEqualTo(500);
        assertThat(V1.scaledScore(1.234)).isEqualTo(623);
        assertThat(V1.scaledScore(-9.0)).isEqualTo(0);
        assertThat(V1.scaledScore(9.0)).isEqualTo(1000);
        assertThat(V2.scaledScore(-9.0)).isEqualTo(200);
        assertThat(V1.scaledStandardError(0.3)).isEqualTo(30.0);
    }

    @Test
    void theConfigurationInForceOnTheStartDateIsChosen() {
        ScoringConfigurations history = ScoringConfigurations.of(List.of(V2, V1));
        assertThat(history.forDate(LocalDate.of(2025, 6, 1)).version()).isEqualTo("v1");
        assertThat(history.forDate(LocalDate.of(2025, 12, 31)).version()).isEqualTo("v1");
        assertThat(history.forDate(LocalDate.of(2026, 1, 1)).version()).isEqualTo("v2");
        assertThat(history.version("v1")).isEqualTo(V1);
        assertThatThrownBy(() -> history.forDate(LocalDate.of(2024, 12, 31))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void instantsAreReadInParisTime() {
        ScoringConfigurations history = ScoringConfigurations.of(List.of(V1, V2));
        // 23:30 UTC on 31 December is already 1 January in Paris
        assertThat(history.forDate(Instant.parse("2025-12-31T23:30:00Z")).version()).isEqualTo("v2");
        assertThat(history.forDate(Instant.parse("2025-12-31T22:30:00Z")).version()).isEqualTo("v1");
    }

    @Test
    void rejectsInvalidConfigurations() {
        assertThatThrownBy(() -> new ScoringConfiguration("x", LocalDate.MIN, List.of(0.0, 1.0), 500, 100, 0, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringConfiguration("x", LocalDate.MIN, List.of(0.0, 1.0, 0.5, 2.0, 3.0), 500,
                100, 0, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoringConfigurations.of(List.of(V1, new ScoringConfiguration("v3",
                V1.effectiveFrom(), V1.levelCutPoints(), 500, 100, 0, 1000))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoringConfigurations.standard().forDate(LocalDate.of(2030, 1, 1)))
                .isEqualTo(ScoringConfigurations.INITIAL);
    }

    @Test
    void everyPublishedConfigurationScoresOnTheScaleOfTheGradebookColumns() {
        // Line items are placed once with GradeScale.MAXIMUM; scores sent on another maximum
        // would read differently in the column than on the student's result page.
        assertThat(ScoringConfigurations.standard().all())
                .allSatisfy(c -> assertThat(c.scaleMax()).as(c.version()).isEqualTo(fr.plume.tool.shared.domain.GradeScale.MAXIMUM));
    }
}
