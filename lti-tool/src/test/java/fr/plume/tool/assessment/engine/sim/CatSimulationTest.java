package fr.plume.tool.assessment.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.cat.StoppingRule;
import fr.plume.tool.assessment.engine.cat.TestBlueprint;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Proof by simulation (issue 5): 2,000 candidates θ ~ N(0, 1), a 600-item simulated bank. */
class CatSimulationTest {

    private static final ItemBank BANK = ItemBank.of(SimulatedBank.generate(600, 16, new SplittableRandom(2025)));

    @Test
    void diagnosticContentRulesRecoverThetaAfterFifteenAndThirtyItemsWithBoundedExposure() {
        TestBlueprint thirtyItems = TestBlueprint.diagnostic().withStoppingRule(StoppingRule.fixedLength(30));

        SimulationReport report = new CatSimulation(BANK, thirtyItems).run(2000, 20250101L, 15, 30);

        assertThat(report.rmseAfter().get(15)).isLessThanOrEqualTo(0.45);
        assertThat(report.rmseAfter().get(30)).isLessThanOrEqualTo(0.35);
        assertThat(report.maxExposure()).isLessThanOrEqualTo(0.25);
        assertThat(Math.abs(report.bias())).isLessThan(0.05);
        assertThat(report.meanTestLength()).isEqualTo(30.0);
    }

    @Test
    void certificationHasAVariableLengthBetweenThirtyTwoAndFiftyItems() {
        SimulationReport report = new CatSimulation(BANK, TestBlueprint.certification()).run(300, 7L);

        assertThat(report.minTestLength()).isGreaterThanOrEqualTo(32);
        assertThat(report.maxTestLength()).isLessThanOrEqualTo(50);
        assertThat(report.stopReasons()).containsKey("LEVEL_DECIDED");
        assertThat(report.rmse()).isLessThanOrEqualTo(0.30);
    }

    @Test
    void diagnosticStopsEarlyOnPrecision() {
        SimulationReport report = new CatSimulation(BANK, TestBlueprint.diagnostic()).run(500, 11L);

        assertThat(report.meanTestLength()).isBetween(15.0, 30.0);
        assertThat(report.rmse()).isLessThanOrEqualTo(0.35);
        assertThat(report.stopReasons().get("PRECISION_REACHED")).isGreaterThan(report.stopReasons()
                .getOrDefault("MAXIMUM_LENGTH", 0));
    }
}
