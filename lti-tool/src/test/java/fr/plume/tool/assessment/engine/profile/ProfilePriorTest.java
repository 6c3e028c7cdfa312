package fr.plume.tool.assessment.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.engine.EstimationSettings;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.ScoringConfigurations;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilePriorTest {

    private static final ScoringConfiguration SCORING = ScoringConfigurations.INITIAL;

    @Test
    void noRecentProfileGivesThePopulationPrior() {
        assertThat(ProfilePrior.fromLevels(List.of(), SCORING)).isEqualTo(new ProfilePrior(0.0, 1.0));
    }

    @Test
    void centresOnTheMeanOfTheLevelMiddlesWithThePopulationWidth() {
        double middle4 = (SCORING.levelLowerBound(4) + SCORING.levelUpperBound(4)) / 2;
        double middle5 = (SCORING.levelLowerBound(5) + SCORING.levelUpperBound(5)) / 2;

        ProfilePrior prior = ProfilePrior.fromLevels(List.of(4, 5, 4, 5), SCORING);

        assertThat(prior.mean()).isCloseTo((middle4 + middle5) / 2, within(1e-9));
        assertThat(prior.standardDeviation()).isEqualTo(ProfilePrior.WIDENED_SD);
    }

    @Test
    void openEndedLevelsStartHalfAUnitBeyondTheirCut() {
        assertThat(ProfilePrior.fromLevels(List.of(1), SCORING).mean())
                .isCloseTo(SCORING.levelUpperBound(1) - 0.5, within(1e-9));
        assertThat(ProfilePrior.fromLevels(List.of(6), SCORING).mean())
                .isCloseTo(SCORING.levelLowerBound(6) + 0.5, within(1e-9));
    }

    @Test
    void theLogDensityIsThePriorOnTheGrid() {
        EstimationSettings defaults = EstimationSettings.defaults();
        ProfilePrior prior = new ProfilePrior(1.0, 1.0);
        double[] log = prior.logDensity(defaults);
        double[] points = defaults.grid().points();
        int top = 0;
        for (int q = 1; q < log.length; q++) {
            if (log[q] > log[top]) {
                top = q;
            }
        }
        assertThat(points[top]).isCloseTo(1.0, within(0.16));
        assertThat(prior.settings(defaults).priorMean()).isEqualTo(1.0);
        assertThat(prior.settings(defaults).domainCorrelation()).isEqualTo(defaults.domainCorrelation());
    }
}
