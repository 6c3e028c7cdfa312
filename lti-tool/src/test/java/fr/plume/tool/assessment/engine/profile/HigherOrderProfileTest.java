package fr.plume.tool.assessment.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.engine.irt.QuadratureGrid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HigherOrderProfileTest {

    private static final double RHO = 0.8;
    private static final double TAU = 0.4;
    private static final QuadratureGrid GRID = QuadratureGrid.standard();
    private final HigherOrderProfile profile = new HigherOrderProfile(GRID, RHO, TAU);

    @Test
    void withoutAnswersEveryAbilityHasItsPriorDistribution() {
        HigherOrderProfile.Result result = profile.estimate(likelihoods(Map.of()), Map.of());

        assertThat(result.domains()).containsOnlyKeys("1", "2");
        assertThat(result.domains().get("1").mean()).isCloseTo(0.0, within(1e-6));
        assertThat(result.domains().get("1").standardDeviation()).isCloseTo(1.0, within(0.01));
        assertThat(result.competencies().get("2.2").standardDeviation())
                .isCloseTo(Math.sqrt(1 + TAU * TAU), within(0.01));
    }

    /**
     * A Gaussian likelihood N(x; θ_1.1, v) on one competency makes every posterior Gaussian with
     * closed-form means: cov(θ_1.1, θ_1) = cov(θ_1.1, θ_1.2) = 1, cov(θ_1.1, θ_2) = ρ, var(θ_1.1)
     * = 1 + τ², so E[θ_1 | x] = x / (1 + τ² + v), E[θ_2 | x] = ρx / (1 + τ² + v) and
     * E[θ_1.1 | x] = (1 + τ²) x / (1 + τ² + v). The grid inference must reproduce them.
     */
    @Test
    void borrowsStrengthExactlyAsTheHigherOrderModelSays() {
        double x = 1.5;
        double v = 0.3;
        double[] observed = new double[GRID.size()];
        for (int q = 0; q < observed.length; q++) {
            double d = GRID.point(q) - x;
            observed[q] = -0.5 * d * d / v;
        }

        HigherOrderProfile.Result result = profile.estimate(likelihoods(Map.of("1.1", observed)), Map.of("1.1", 3));

        double total = 1 + TAU * TAU + v;
        assertThat(result.domains().get("1").mean()).isCloseTo(x / total, within(0.01));
        assertThat(result.competencies().get("1.2").mean()).isCloseTo(x / total, within(0.01));
        assertThat(result.domains().get("2").mean()).isCloseTo(RHO * x / total, within(0.01));
        assertThat(result.competencies().get("1.1").mean()).isCloseTo((1 + TAU * TAU) * x / total, within(0.01));
        assertThat(result.domains().get("1").itemCount()).isEqualTo(3);
        assertThat(result.domains().get("2").itemCount()).isZero();
    }

    private static Map<String, double[]> likelihoods(Map<String, double[]> observed) {
        Map<String, double[]> likelihoods = new LinkedHashMap<>();
        for (String code : new String[] {"1.1", "1.2", "2.1", "2.2"}) {
            likelihoods.put(code, observed.getOrDefault(code, new double[GRID.size()]));
        }
        return likelihoods;
    }
}
