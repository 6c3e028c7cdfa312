package fr.plume.tool.assessment.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedLikelihoodTest {

    @Test
    void isFiniteForAnAllCorrectPattern() {
        double[] a = {1.2, 1.3, 1.4};
        double[] b = {0.0, 0.5, 1.0};
        double[] estimate = WeightedLikelihood.estimate(a, b, new boolean[] {true, true, true}, 3);

        assertThat(estimate[0]).isBetween(1.0, WeightedLikelihood.BOUND);
        assertThat(estimate[1]).isFinite();
    }

    @Test
    void isLessBiasedThanTheEapAtTheTopOfTheScale() {
        SplittableRandom random = new SplittableRandom(3);
        double theta = 2.2;
        int n = 40;
        double wleBias = 0.0;
        double eapBias = 0.0;
        int replications = 300;
        for (int r = 0; r < replications; r++) {
            double[] a = new double[n];
            double[] b = new double[n];
            boolean[] correct = new boolean[n];
            LogDensity posterior = LogDensity.normal(QuadratureGrid.standard(), 0.0, 1.0);
            for (int i = 0; i < n; i++) {
                a[i] = 1.3;
                b[i] = random.nextDouble(0.5, 2.5);
                correct[i] = random.nextDouble() < TwoParameterLogistic.probability(a[i], b[i], theta);
                posterior.addAnswer(a[i], b[i], correct[i]);
            }
            wleBias += WeightedLikelihood.estimate(a, b, correct, n)[0] - theta;
            eapBias += posterior.summarize().mean() - theta;
        }

        assertThat(Math.abs(wleBias / replications)).isLessThan(Math.abs(eapBias / replications));
        assertThat(Math.abs(wleBias / replications)).isLessThan(0.08);
    }
}
