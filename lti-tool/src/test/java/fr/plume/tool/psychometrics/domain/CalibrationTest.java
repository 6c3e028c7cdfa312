package fr.plume.tool.psychometrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.assessment.application.CalibrateItems;
import fr.plume.tool.psychometrics.domain.SampleBank.BankItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Proof by simulation (issue 16): the sample bank's items are operational with their parameters;
 * 40 pretest items with known parameters are seeded, 2 per candidate, among 28 operational items.
 */
class CalibrationTest {

    private static final int CANDIDATES = 20_000;
    private static final int PRETEST_ITEMS = 40;
    private static final int OPERATIONAL_PER_CANDIDATE = 28;
    private static final int PRETEST_PER_CANDIDATE = 2;

    private final Calibration calibration = new Calibration(new CalibrateItems());

    @Test
    void fixedAnchorCalibrationRecoversPretestItemsOnTheOperationalScale() {
        SplittableRandom random = new SplittableRandom(16);
        List<BankItem> bank = SampleBank.items();
        double[] trueA = new double[PRETEST_ITEMS];
        double[] trueB = new double[PRETEST_ITEMS];
        List<String> ids = new ArrayList<>(bank.stream().map(BankItem::id).toList());
        for (int i = 0; i < PRETEST_ITEMS; i++) {
            trueA[i] = Math.max(0.5, Math.min(2.5, Math.exp(random.nextGaussian(0.2, 0.25))));
            trueB[i] = Math.max(-3.0, Math.min(3.0, random.nextGaussian(0.0, 1.2)));
            ids.add("pretest-" + i);
        }
        ResponseTable.Builder builder = ResponseTable.builder(ids);
        for (int p = 0; p < CANDIDATES; p++) {
            // a population unlike the prior's N(0, 1): the anchors must carry the scale
            double theta = random.nextGaussian(0.3, 1.1);
            builder.nextPerson();
            for (int j : Simulation.draw(random, bank.size(), OPERATIONAL_PER_CANDIDATE)) {
                BankItem item = bank.get(j);
                builder.add(item.id(), Simulation.answer(random, item.a(), item.b(), theta));
            }
            for (int i : Simulation.draw(random, PRETEST_ITEMS, PRETEST_PER_CANDIDATE)) {
                builder.add("pretest-" + i, Simulation.answer(random, trueA[i], trueB[i], theta));
            }
        }
        Map<String, ItemParameter> operational = new HashMap<>();
        bank.forEach(item -> operational.put(item.id(), item.parameter()));

        CalibrationRun run = calibration.fixedAnchor(builder.build(), operational, 200, "2026.1");

        double[] estimatedA = new double[PRETEST_ITEMS];
        double[] estimatedB = new double[PRETEST_ITEMS];
        int covered = 0;
        double meanSeB = 0;
        for (int i = 0; i < PRETEST_ITEMS; i++) {
            ItemEstimate estimate = run.item("pretest-" + i).orElseThrow();
            assertThat(estimate.status()).isEqualTo(Status.ESTIMATED);
            estimatedA[i] = estimate.parameter().a();
            estimatedB[i] = estimate.parameter().b();
            double se = estimate.parameter().seB();
            assertThat(se).isBetween(0.02, 1.0);
            assertThat(estimate.parameter().seA()).isBetween(0.02, 1.0);
            covered += Math.abs(estimatedB[i] - trueB[i]) <= 1.96 * se ? 1 : 0;
            meanSeB += se / PRETEST_ITEMS;
        }
        double rB = Simulation.correlation(estimatedB, trueB);
        double rmseB = Simulation.rmse(estimatedB, trueB);
        double rA = Simulation.correlation(estimatedA, trueA);
        System.out.printf("fixed-anchor: r(b)=%.3f RMSE(b)=%.3f r(a)=%.3f RMSE(a)=%.3f mean SE(b)=%.3f "
                        + "coverage95=%d/40 mean=%.3f sd=%.3f iterations=%d%n", rB, rmseB, rA,
                Simulation.rmse(estimatedA, trueA), meanSeB, covered, run.populationMean(), run.populationSd(),
                run.iterations());
        assertThat(run.converged()).isTrue();
        assertThat(rB).isGreaterThanOrEqualTo(0.95);
        assertThat(rmseB).isLessThanOrEqualTo(0.20);
        assertThat(rA).isGreaterThanOrEqualTo(0.80);
        assertThat(covered).as("95 %% intervals covering the true b").isBetween(34, 40);
        assertThat(run.populationMean()).isCloseTo(0.3, within(0.05));
        assertThat(run.populationSd()).isCloseTo(1.1, within(0.05));
        assertThat(run.item(bank.get(0).id()).orElseThrow().status()).isEqualTo(Status.ANCHOR);
    }
}
