package fr.plume.tool.assessment.engine.cat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoppingRuleTest {

    private final StoppingRule diagnostic = TestBlueprint.diagnostic().stoppingRule();

    @Test
    void diagnosticNeedsFifteenItemsAPrecisionAndTheContentMinima() {
        assertThat(diagnostic.evaluate(14, 0.10, true)).isEmpty();
        assertThat(diagnostic.evaluate(15, 0.31, true)).isEmpty();
        assertThat(diagnostic.evaluate(15, 0.29, false)).isEmpty();
        assertThat(diagnostic.evaluate(15, 0.29, true)).contains(StopReason.PRECISION_REACHED);
        assertThat(diagnostic.evaluate(30, 0.50, false)).contains(StopReason.MAXIMUM_LENGTH);
    }

    @Test
    void certificationStopsWhenTheLevelIsDecidedBetweenThirtyTwoAndFiftyItems() {
        StoppingRule certification = TestBlueprint.certification().stoppingRule();
        assertThat(certification.evaluate(31, 0.01, 0.99, true)).isEmpty();
        assertThat(certification.evaluate(32, 0.20, 0.89, true)).isEmpty();
        assertThat(certification.evaluate(32, 0.20, 0.90, true)).contains(StopReason.LEVEL_DECIDED);
        assertThat(certification.evaluate(40, 0.20, 0.95, false)).isEmpty();
        assertThat(certification.evaluate(50, 0.90, 0.10, false)).contains(StopReason.MAXIMUM_LENGTH);
    }

    @Test
    void formativeSuggestsShortSessions() {
        StoppingRule formative = TestBlueprint.formative(java.util.Set.of()).stoppingRule();
        assertThat(formative.evaluate(4, 0.1, true)).isEmpty();
        assertThat(formative.evaluate(5, 0.39, true)).contains(StopReason.PRECISION_REACHED);
        assertThat(formative.evaluate(20, 0.9, true)).contains(StopReason.MAXIMUM_LENGTH);
    }

    @Test
    void noModeHasAFixedLength() {
        assertThat(TestBlueprint.certification().stoppingRule().hasFixedLength()).isFalse();
        assertThat(diagnostic.hasFixedLength()).isFalse();
        assertThat(TestBlueprint.formative(java.util.Set.of()).stoppingRule().hasFixedLength()).isFalse();
        assertThat(StoppingRule.fixedLength(1).hasFixedLength()).isTrue();
    }
}
