package fr.plume.tool.assessment.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Issue 15: the prior log a ~ N(0, 0.5²) must leave a weakly informed item at a ≈ 1, not e^(−0.25) ≈ 0.78. */
class SlopePriorTest {

    @Test
    void aWeaklyInformedItemKeepsTheSlopePriorModeOfOne() {
        SplittableRandom random = new SplittableRandom(5);
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            ids.add("item" + j);
        }
        ids.add("weak");
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        for (int p = 0; p < 400; p++) {
            double theta = random.nextGaussian();
            for (int j = 0; j < 20; j++) {
                double b = -1.5 + 3.0 * j / 19;
                builder.add(p, j, random.nextDouble() < 1 / (1 + Math.exp(-(theta - b))));
            }
            if (p < 2) {
                builder.add(p, "weak", p == 0);
            }
        }

        CalibrationResult result = new MarginalMaximumLikelihoodCalibrator(
                CalibrationSettings.defaults().withMinResponses(1).withThreads(1)).calibrate(builder.build(), Map.of(), "t");

        assertThat(result.item("weak").orElseThrow().a()).isBetween(0.95, 1.25);
    }
}
