package fr.plume.tool.assessment.engine.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExposureCalibrationTest {

    @Test
    void capsTheMostExposedBandsSoThatThePopulationExposureMeetsTheTarget() {
        double[] conditional = {0.05, 0.10, 0.40, 0.30};
        double[] weights = {0.25, 0.25, 0.25, 0.25};

        double cap = ExposureCalibration.cap(conditional, weights, 0.15);

        // 0.25 × (0.05 + 0.10 + c + c) = 0.15 → c = 0.225: only the two busiest bands are capped
        assertThat(cap).isCloseTo(0.225, within(1e-6));
    }

    @Test
    void anItemUnderTheTargetIsNotCapped() {
        assertThat(ExposureCalibration.cap(new double[] {0.1, 0.1}, new double[] {0.5, 0.5}, 0.2))
                .isCloseTo(0.1, within(1e-6));
    }
}
