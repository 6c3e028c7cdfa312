package fr.plume.tool.assessment.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoParameterLogisticTest {

    @Test
    void probabilityIsOneHalfAtTheDifficultyAndIncreasesWithTheta() {
        assertThat(TwoParameterLogistic.probability(1.3, 0.4, 0.4)).isCloseTo(0.5, within(1e-12));
        assertThat(TwoParameterLogistic.probability(1.3, 0.4, 1.4)).isCloseTo(1 / (1 + Math.exp(-1.3)), within(1e-12));
        assertThat(TwoParameterLogistic.probability(1.3, 0.4, 2.0))
                .isGreaterThan(TwoParameterLogistic.probability(1.3, 0.4, 1.0));
    }

    @Test
    void informationEqualsSquaredSlopeOfPOverPQ() {
        // Fisher information of a dichotomous item: I(θ) = P'(θ)² / (P(θ)(1 − P(θ)))
        double a = 1.7;
        double b = -0.3;
        for (double theta = -3; theta <= 3; theta += 0.25) {
            double h = 1e-5;
            double slope = (TwoParameterLogistic.probability(a, b, theta + h)
                    - TwoParameterLogistic.probability(a, b, theta - h)) / (2 * h);
            double p = TwoParameterLogistic.probability(a, b, theta);
            assertThat(TwoParameterLogistic.information(a, b, theta)).isCloseTo(slope * slope / (p * (1 - p)),
                    within(1e-6));
        }
        assertThat(TwoParameterLogistic.information(a, b, b)).isCloseTo(a * a / 4, within(1e-12));
    }

    @Test
    void staysFiniteFarFromTheDifficulty() {
        assertThat(TwoParameterLogistic.information(3.0, 0.0, -400)).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(TwoParameterLogistic.logLikelihood(3.0, 0.0, -400, true)).isCloseTo(-1200.0, within(1e-9));
        assertThat(TwoParameterLogistic.logLikelihood(3.0, 0.0, -400, false)).isCloseTo(0.0, within(1e-12));
        assertThat(TwoParameterLogistic.logLikelihood(1.0, 0.5, 0.2, true))
                .isCloseTo(Math.log(TwoParameterLogistic.probability(1.0, 0.5, 0.2)), within(1e-12));
    }
}
