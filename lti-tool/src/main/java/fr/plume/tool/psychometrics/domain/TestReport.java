package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Test-level report of a blueprint's pool for tests of {@code length} items.
 *
 * <p>Information at θ is that of the {@code length} most informative pool items at θ: what an
 * adaptive test can reach at best (exactly the form's information when the pool has no more items
 * than the test). The conditional standard error is 1/√I(θ). Marginal reliability is
 * σ²/(σ² + E[SE²]) over θ ~ N(0, 1) (Green, Bock, Humphreys, Linn &amp; Reckase, 1984).
 * Classification accuracy and consistency at the level cut points follow Rudner (2001, 2005):
 * θ̂ ~ N(θ, SE(θ)²), accuracy = E_θ[P(θ̂ in θ's level)], consistency = E_θ[Σ_k P(θ̂ in k)²]
 * (two independent administrations agreeing).
 */
public record TestReport(int length, List<CurvePoint> curve, double marginalReliability,
                         Classification classification) {

    /** The level cut points of the Plume framework on the θ scale (levels 1–6). */
    public static final double[] LEVEL_CUTS = {-1.5, -0.5, 0.25, 1.0, 1.75};

    public record CurvePoint(double theta, double information, double standardError) {
    }

    /** Overall accuracy and consistency, and per cut the accuracy of being on the right side. */
    public record Classification(double[] cuts, double accuracy, double consistency, double[] accuracyAtCut) {
    }

    public static TestReport of(List<ItemParameter> pool, int length, double[] cuts) {
        List<CurvePoint> curve = new ArrayList<>();
        for (int i = 0; i <= 80; i++) {
            double theta = -4.0 + 0.1 * i;
            double information = information(pool, length, theta);
            curve.add(new CurvePoint(theta, information, 1.0 / Math.sqrt(information)));
        }
        DoubleUnaryOperator se = theta -> 1.0 / Math.sqrt(information(pool, length, theta));
        return new TestReport(length, curve, marginalReliability(se), classification(se, cuts));
    }

    static double information(List<ItemParameter> pool, int length, double theta) {
        double[] values = pool.stream().filter(ItemParameter::known)
                .mapToDouble(item -> Irt.information(item.a(), item.b(), theta)).sorted().toArray();
        double sum = 0;
        for (int i = values.length - 1; i >= Math.max(0, values.length - length); i--) {
            sum += values[i];
        }
        return sum;
    }

    static double marginalReliability(DoubleUnaryOperator standardError) {
        LatentGrid grid = LatentGrid.standard();
        double errorVariance = 0;
        for (int q = 0; q < grid.size(); q++) {
            double se = standardError.applyAsDouble(grid.points()[q]);
            errorVariance += grid.weights()[q] * se * se;
        }
        return 1.0 / (1.0 + errorVariance);
    }

    static Classification classification(DoubleUnaryOperator standardError, double[] cuts) {
        double[] sorted = cuts.clone();
        Arrays.sort(sorted);
        int levels = sorted.length + 1;
        double accuracy = 0;
        double consistency = 0;
        double[] atCut = new double[sorted.length];
        int points = 801;
        double total = 0;
        for (int i = 0; i < points; i++) {
            double theta = -8.0 + 16.0 * i / (points - 1);
            double weight = Math.exp(-0.5 * theta * theta);
            total += weight;
            double se = standardError.applyAsDouble(theta);
            double[] below = new double[levels + 1];
            below[levels] = 1.0;
            for (int k = 0; k < sorted.length; k++) {
                below[k + 1] = Distributions.normalCdf((sorted[k] - theta) / se);
            }
            int level = 0;
            while (level < sorted.length && theta >= sorted[level]) {
                level++;
            }
            double squares = 0;
            for (int k = 0; k < levels; k++) {
                double p = below[k + 1] - below[k];
                squares += p * p;
            }
            accuracy += weight * (below[level + 1] - below[level]);
            consistency += weight * squares;
            for (int k = 0; k < sorted.length; k++) {
                double pBelow = below[k + 1];
                atCut[k] += weight * (theta < sorted[k] ? pBelow : 1.0 - pBelow);
            }
        }
        for (int k = 0; k < atCut.length; k++) {
            atCut[k] /= total;
        }
        return new Classification(sorted, accuracy / total, consistency / total, atCut);
    }
}
