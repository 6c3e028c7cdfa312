package fr.plume.tool.assessment.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogDensityTest {

    private static final double[][] ITEMS = {{1.2, -1.0}, {0.8, 0.3}, {1.9, 0.1}, {1.1, 1.4}, {0.6, -2.0}};
    private static final boolean[] ANSWERS = {true, true, false, true, false};

    @Test
    void eapMatchesABruteForcePosteriorIntegratedOnAFineGrid() {
        LogDensity posterior = LogDensity.normal(QuadratureGrid.standard(), 0.0, 1.0);
        for (int i = 0; i < ITEMS.length; i++) {
            posterior.addAnswer(ITEMS[i][0], ITEMS[i][1], ANSWERS[i]);
        }
        PosteriorSummary eap = posterior.summarize();

        // brute force: ∫ θ φ(θ) Π P^x (1−P)^(1−x) dθ by the trapezoid rule on 20,001 points
        double total = 0;
        double first = 0;
        double second = 0;
        int n = 20_001;
        for (int k = 0; k < n; k++) {
            double theta = -8 + 16.0 * k / (n - 1);
            double density = Math.exp(-theta * theta / 2);
            for (int i = 0; i < ITEMS.length; i++) {
                double p = 1 / (1 + Math.exp(-ITEMS[i][0] * (theta - ITEMS[i][1])));
                density *= ANSWERS[i] ? p : 1 - p;
            }
            double weight = (k == 0 || k == n - 1) ? 0.5 : 1.0;
            total += weight * density;
            first += weight * density * theta;
            second += weight * density * theta * theta;
        }
        double mean = first / total;
        double sd = Math.sqrt(second / total - mean * mean);

        assertThat(eap.mean()).isCloseTo(mean, within(1e-3));
        assertThat(eap.standardDeviation()).isCloseTo(sd, within(1e-3));
    }

    @Test
    void incrementalUpdatesEqualTheProductComputedFromScratch() {
        QuadratureGrid grid = QuadratureGrid.uniform(41, -4, 4);
        LogDensity incremental = LogDensity.normal(grid, 0.2, 1.3);
        for (int i = 0; i < ITEMS.length; i++) {
            incremental.addAnswer(ITEMS[i][0], ITEMS[i][1], ANSWERS[i]);
        }
        for (int q = 0; q < grid.size(); q++) {
            double theta = grid.point(q);
            double expected = -0.5 * Math.pow((theta - 0.2) / 1.3, 2);
            for (int i = 0; i < ITEMS.length; i++) {
                expected += TwoParameterLogistic.logLikelihood(ITEMS[i][0], ITEMS[i][1], theta, ANSWERS[i]);
            }
            assertThat(incremental.valueAt(q)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void removingAPartGivesThePosteriorOfTheRest() {
        QuadratureGrid grid = QuadratureGrid.standard();
        LogDensity all = LogDensity.normal(grid, 0, 1);
        LogDensity rest = LogDensity.normal(grid, 0, 1);
        LogDensity part = LogDensity.flat(grid);
        for (int i = 0; i < ITEMS.length; i++) {
            all.addAnswer(ITEMS[i][0], ITEMS[i][1], ANSWERS[i]);
            (i % 2 == 0 ? part : rest).addAnswer(ITEMS[i][0], ITEMS[i][1], ANSWERS[i]);
        }
        PosteriorSummary without = all.summarizeWithout(part);
        assertThat(without.mean()).isCloseTo(rest.summarize().mean(), within(1e-9));
        assertThat(without.standardDeviation()).isCloseTo(rest.summarize().standardDeviation(), within(1e-9));
    }

    @Test
    void likelihoodTimesNormalPriorEqualsThePriorAddedUpFront() {
        QuadratureGrid grid = QuadratureGrid.standard();
        LogDensity likelihood = LogDensity.flat(grid);
        LogDensity posterior = LogDensity.normal(grid, 0.5, 0.7);
        likelihood.addAnswer(1.0, 0.0, true);
        posterior.addAnswer(1.0, 0.0, true);
        assertThat(likelihood.summarizeWithNormalPrior(0.5, 0.7).mean())
                .isCloseTo(posterior.summarize().mean(), within(1e-9));
        assertThat(likelihood.massWithNormalPrior(0.5, 0.7, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
                .isCloseTo(1.0, within(1e-12));
        assertThat(posterior.mass(-1, 1)).isBetween(0.5, 1.0);
    }

    @Test
    void withoutAnswersTheEapIsThePriorMean() {
        PosteriorSummary prior = LogDensity.normal(QuadratureGrid.standard(), 0.0, 1.0).summarize();
        assertThat(prior.mean()).isCloseTo(0.0, within(1e-9));
        assertThat(prior.standardDeviation()).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void bandMassesSplitTheGridCellsACutFallsInto() {
        LogDensity density = LogDensity.normal(QuadratureGrid.standard(), 0.3, 0.25);
        double[] cuts = {-1.5, -0.5, 0.25, 1.0, 1.75};

        double[] masses = density.bandMasses(cuts);

        // N(0.3, 0.25²): 0.25 lies inside the cell of the grid point 0.3, whose whole weight would
        // otherwise go to the band above; split, the band masses follow the normal distribution.
        assertThat(masses).hasSize(6);
        assertThat(masses[2]).isCloseTo(NormalDistribution.cdf((0.25 - 0.3) / 0.25)
                - NormalDistribution.cdf((-0.5 - 0.3) / 0.25), within(0.01));
        assertThat(masses[3]).isCloseTo(NormalDistribution.cdf((1.0 - 0.3) / 0.25)
                - NormalDistribution.cdf((0.25 - 0.3) / 0.25), within(0.01));
        assertThat(masses[0] + masses[1] + masses[2] + masses[3] + masses[4] + masses[5]).isCloseTo(1.0, within(1e-12));
    }
}
