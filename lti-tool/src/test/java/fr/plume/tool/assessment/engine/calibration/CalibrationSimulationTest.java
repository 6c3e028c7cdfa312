package fr.plume.tool.assessment.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.engine.ItemParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof by simulation (issue 5): 2,000 candidates × 200 items, each candidate sees 40; 20 anchors.
 * Two extra items test the refusal rule (50 responses) and the fit flag (random answers).
 */
class CalibrationSimulationTest {

    private static final int CANDIDATES = 2000;
    private static final int ITEMS = 200;
    private static final int ANCHORS = 20;
    private static final String RARE = "rare";
    private static final String NOISE = "noise";

    private static final double[] TRUE_A = new double[ITEMS];
    private static final double[] TRUE_B = new double[ITEMS];
    private static final Map<String, AnchorParameters> ANCHOR_PARAMETERS = new HashMap<>();
    private static CalibrationResult result;

    @BeforeAll
    static void calibrate() {
        SplittableRandom random = new SplittableRandom(31);
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < ITEMS; j++) {
            TRUE_A[j] = Math.max(0.4, Math.min(2.5, Math.exp(random.nextGaussian(0.0, 0.3))));
            TRUE_B[j] = random.nextGaussian();
            ids.add("item" + j);
            if (j < ANCHORS) {
                ANCHOR_PARAMETERS.put("item" + j, new AnchorParameters(TRUE_A[j], TRUE_B[j]));
            }
        }
        ids.add(RARE);
        ids.add(NOISE);
        ResponseMatrix.Builder builder = ResponseMatrix.builder(ids);
        int[] order = new int[ITEMS];
        for (int p = 0; p < CANDIDATES; p++) {
            double theta = random.nextGaussian();
            for (int j = 0; j < ITEMS; j++) {
                order[j] = j;
            }
            for (int s = 0; s < 40; s++) {
                int pick = s + random.nextInt(ITEMS - s);
                int j = order[pick];
                order[pick] = order[s];
                order[s] = j;
                double probability = 1 / (1 + Math.exp(-TRUE_A[j] * (theta - TRUE_B[j])));
                builder.add(p, j, random.nextDouble() < probability);
            }
            if (p % 40 == 0) {
                builder.add(p, RARE, random.nextDouble() < 1 / (1 + Math.exp(-theta)));
            }
            if (p % 5 == 0) {
                builder.add(p, NOISE, random.nextBoolean());
            }
        }
        ResponseMatrix matrix = builder.build();
        assertThat(matrix.responseCount()).isEqualTo(CANDIDATES * 40 + 50 + 400);

        result = new MarginalMaximumLikelihoodCalibrator(CalibrationSettings.defaults().withThreads(2))
                .calibrate(matrix, ANCHOR_PARAMETERS, "2025.2");
    }

    @Test
    void recoversDifficultiesAndDiscriminations() {
        double[] estimatedA = new double[ITEMS - ANCHORS];
        double[] estimatedB = new double[ITEMS - ANCHORS];
        double[] trueA = new double[ITEMS - ANCHORS];
        double[] trueB = new double[ITEMS - ANCHORS];
        for (int j = ANCHORS; j < ITEMS; j++) {
            CalibratedItem item = result.item("item" + j).orElseThrow();
            assertThat(item.status()).isEqualTo(CalibrationStatus.ESTIMATED);
            estimatedA[j - ANCHORS] = item.a();
            estimatedB[j - ANCHORS] = item.b();
            trueA[j - ANCHORS] = TRUE_A[j];
            trueB[j - ANCHORS] = TRUE_B[j];
        }
        assertThat(correlation(estimatedB, trueB)).isGreaterThanOrEqualTo(0.95);
        assertThat(correlation(estimatedA, trueA)).isGreaterThanOrEqualTo(0.80);
        assertThat(mean(estimatedB) - mean(trueB)).isCloseTo(0.0, within(0.15));
        assertThat(result.converged()).isTrue();
        assertThat(result.parameterSetVersion()).isEqualTo("2025.2");
        assertThat(result.populationMean()).isCloseTo(0.0, within(0.15));
        assertThat(result.populationSd()).isCloseTo(1.0, within(0.15));
    }

    @Test
    void anchorsKeepTheirParameters() {
        for (int j = 0; j < ANCHORS; j++) {
            CalibratedItem anchor = result.item("item" + j).orElseThrow();
            assertThat(anchor.status()).isEqualTo(CalibrationStatus.ANCHOR);
            assertThat(anchor.a()).isEqualTo(TRUE_A[j]);
            assertThat(anchor.b()).isEqualTo(TRUE_B[j]);
        }
    }

    @Test
    void refusesItemsWithTooFewResponses() {
        CalibratedItem rare = result.item(RARE).orElseThrow();
        assertThat(rare.status()).isEqualTo(CalibrationStatus.REFUSED_TOO_FEW_RESPONSES);
        assertThat(rare.a()).isNaN();
        assertThat(rare.statistics().responseCount()).isEqualTo(50);
        assertThat(rare.statistics().pValue()).isBetween(0.0, 1.0);

        List<ItemParameters> current = List.of(new ItemParameters(RARE, "C01", null, 1.1, 0.2, true),
                new ItemParameters("item30", "C01", null, 1.0, 0.0, true),
                new ItemParameters("item3", "C01", null, 1.0, 0.0, true));
        List<ItemParameters> updated = result.applyTo(current);
        assertThat(updated.get(0)).isEqualTo(current.get(0));
        assertThat(updated.get(1).b()).isEqualTo(result.item("item30").orElseThrow().b());
        assertThat(updated.get(2)).isEqualTo(current.get(2));
    }

    @Test
    void reportsItemStatisticsAndFlagsARandomItem() {
        CalibratedItem noise = result.item(NOISE).orElseThrow();
        assertThat(noise.statistics().responseCount()).isEqualTo(400);
        assertThat(noise.statistics().misfit()).isTrue();
        assertThat(noise.statistics().pointBiserial()).isLessThan(0.15);

        long flagged = 0;
        for (int j = ANCHORS; j < ITEMS; j++) {
            ItemStatistics statistics = result.item("item" + j).orElseThrow().statistics();
            assertThat(statistics.responseCount()).isBetween(250, 550);
            assertThat(statistics.pValue()).isBetween(0.0, 1.0);
            assertThat(statistics.pointBiserial()).isGreaterThan(0.0);
            assertThat(statistics.infit()).isBetween(0.5, 1.5);
            assertThat(statistics.outfit()).isBetween(0.3, 2.0);
            flagged += statistics.misfit() ? 1 : 0;
        }
        assertThat(flagged).isLessThan((ITEMS - ANCHORS) / 10);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
