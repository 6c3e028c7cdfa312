package fr.plume.tool.assessment.engine.cat;

import fr.plume.tool.assessment.engine.ItemBank;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.ScoringConfiguration;
import fr.plume.tool.assessment.engine.irt.NormalDistribution;
import fr.plume.tool.assessment.engine.irt.TwoParameterLogistic;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Computes conditional Sympson–Hetter parameters by simulation (after Stocking &amp; Lewis, 1998):
 * in each round, simulated candidates of every θ band (one band per level, θ uniform in the band;
 * the open end bands one unit wide) take the test with the current parameters, which gives each
 * item's exposure per band p_j and, weighting the bands by the reference population N(0, 1), its
 * exposure P. When P exceeds the target r, the item's exposure is capped in the bands where it is
 * most used (water-filling, {@link #cap}), so that P = r, by scaling k_j by c/p_j; in the first
 * half of the rounds an item well under the target gets its k raised towards 1 (only in the first
 * half, so that the last rounds cannot push an item back over the limit on sampling noise). r is a little under the blueprint's limit so
 * that sampling noise does not cross it. Deterministic for a given bank, blueprint and seed.
 */
public final class ExposureCalibration {

    /** Target as a share of the limit, to leave room for sampling noise. */
    public static final double TARGET_SHARE = 0.85;
    public static final long STANDARD_SEED = 20260101L;
    private static final double RAISE_BELOW = 0.8;
    private static final double RAISE_FACTOR = 1.25;

    private final int candidatesPerBand;
    private final int rounds;
    private final long seed;

    public ExposureCalibration(int candidatesPerBand, int rounds, long seed) {
        if (candidatesPerBand < 1 || rounds < 1) {
            throw new IllegalArgumentException("need at least one candidate per band and one round");
        }
        this.candidatesPerBand = candidatesPerBand;
        this.rounds = rounds;
        this.seed = seed;
    }

    /** The settings the delivery code uses: 100 candidates per band, 12 rounds, a fixed seed. */
    public static ExposureCalibration standard() {
        return new ExposureCalibration(100, 12, STANDARD_SEED);
    }

    /** The settings the parameters depend on (part of the key they are stored under). */
    @Override
    public String toString() {
        return "ExposureCalibration[candidatesPerBand=" + candidatesPerBand + ", rounds=" + rounds + ", seed=" + seed
                + ", targetShare=" + TARGET_SHARE + "]";
    }

    public ExposureControl calibrate(ItemBank bank, TestBlueprint blueprint, ScoringConfiguration scoring) {
        double[] cuts = scoring.levelCutPoints().stream().mapToDouble(Double::doubleValue).toArray();
        int bands = cuts.length + 1;
        double target = blueprint.exposureLimit() * TARGET_SHARE;
        double[] weights = referenceWeights(cuts);
        double[][] k = new double[bank.size()][bands];
        for (double[] row : k) {
            Arrays.fill(row, 1.0);
        }
        if (blueprint.exposureLimit() >= 1.0) {
            return control(bank, cuts, k);
        }
        for (int round = 0; round < rounds; round++) {
            ExposureControl current = control(bank, cuts, k);
            int[][] given = new int[bank.size()][bands];
            SplittableRandom random = new SplittableRandom(seed + round);
            for (int band = 0; band < bands; band++) {
                double low = band == 0 ? cuts[0] - 1.0 : cuts[band - 1];
                double high = band == bands - 1 ? cuts[bands - 2] + 1.0 : cuts[band];
                for (int candidate = 0; candidate < candidatesPerBand; candidate++) {
                    double theta = random.nextDouble(low, high);
                    for (ItemParameters item : administer(bank, blueprint, scoring, current, theta, random)) {
                        given[bank.indexOf(item.itemId()).orElseThrow()][band]++;
                    }
                }
            }
            for (int i = 0; i < k.length; i++) {
                double[] conditional = new double[bands];
                double marginal = 0.0;
                for (int band = 0; band < bands; band++) {
                    conditional[band] = (double) given[i][band] / candidatesPerBand;
                    marginal += weights[band] * conditional[band];
                }
                if (marginal > target) {
                    double cap = cap(conditional, weights, target);
                    for (int band = 0; band < bands; band++) {
                        if (conditional[band] > cap) {
                            k[i][band] *= cap / conditional[band];
                        }
                    }
                } else if (marginal < RAISE_BELOW * target && round < rounds / 2) {
                    for (int band = 0; band < bands; band++) {
                        k[i][band] = Math.min(1.0, k[i][band] * RAISE_FACTOR);
                    }
                }
            }
        }
        return control(bank, cuts, k);
    }

    /**
     * Water-filling: the level c such that Σ_j w_j·min(p_j, c) = target, so that capping every
     * band's exposure at c brings the item's exposure in the reference population to the target
     * while leaving it untouched in the bands where it is rarely used.
     */
    static double cap(double[] conditional, double[] weights, double target) {
        double low = 0.0;
        double high = Arrays.stream(conditional).max().orElse(0.0);
        for (int iteration = 0; iteration < 40; iteration++) {
            double mid = 0.5 * (low + high);
            double exposure = 0.0;
            for (int band = 0; band < conditional.length; band++) {
                exposure += weights[band] * Math.min(conditional[band], mid);
            }
            if (exposure > target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return low;
    }

    /** Share of the reference population N(0, 1) in each band. */
    private static double[] referenceWeights(double[] cuts) {
        double[] weights = new double[cuts.length + 1];
        double previous = 0.0;
        for (int band = 0; band < cuts.length; band++) {
            double cumulative = NormalDistribution.cdf(cuts[band]);
            weights[band] = cumulative - previous;
            previous = cumulative;
        }
        weights[cuts.length] = 1.0 - previous;
        return weights;
    }

    private static List<ItemParameters> administer(ItemBank bank, TestBlueprint blueprint,
                                                   ScoringConfiguration scoring, ExposureControl control,
                                                   double theta, SplittableRandom random) {
        AdaptiveTest test = AdaptiveTest.start(bank, blueprint, CandidateContext.firstAttempt(), scoring)
                .useExposureControl(control, random.nextLong());
        Optional<ItemParameters> next;
        while ((next = test.nextItem(random)).isPresent()) {
            ItemParameters item = next.get();
            test.record(item, random.nextDouble() < TwoParameterLogistic.probability(item.a(), item.b(), theta));
        }
        return test.responses().stream().map(r -> r.item()).toList();
    }

    private static ExposureControl control(ItemBank bank, double[] cuts, double[][] k) {
        Map<String, double[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < bank.size(); i++) {
            parameters.put(bank.item(i).itemId(), k[i]);
        }
        return new ExposureControl(cuts, parameters);
    }
}
