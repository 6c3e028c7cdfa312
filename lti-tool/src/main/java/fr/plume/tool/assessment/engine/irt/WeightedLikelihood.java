package fr.plume.tool.assessment.engine.irt;

/**
 * Warm's (1989) weighted likelihood estimate of θ under the 2PL model: the root of
 * Σ a(u − P) + J / (2I) = 0 with I = Σ a²P(1−P) and J = Σ a³P(1−P)(1−2P), i.e. the maximum of
 * log L(θ) + ½ log I(θ). Its bias is O(1/n²) instead of ML's O(1/n), and it is finite even for
 * all-correct or all-wrong patterns. SE = 1/√I(θ̂).
 */
public final class WeightedLikelihood {

    /** The estimate is searched on [−BOUND, BOUND]. */
    public static final double BOUND = 5.0;
    private static final double COARSE_STEP = 0.1;

    private WeightedLikelihood() {
    }

    /** @return {θ̂, SE}; {0, ∞} without answers */
    public static double[] estimate(double[] a, double[] b, boolean[] correct, int count) {
        if (count == 0) {
            return new double[] {0.0, Double.POSITIVE_INFINITY};
        }
        double best = -BOUND;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double theta = -BOUND; theta <= BOUND + 1e-9; theta += COARSE_STEP) {
            double value = objective(a, b, correct, count, theta);
            if (value > bestValue) {
                bestValue = value;
                best = theta;
            }
        }
        double low = Math.max(-BOUND, best - COARSE_STEP);
        double high = Math.min(BOUND, best + COARSE_STEP);
        // The score is decreasing around the maximum: bisection to 1e-4.
        for (int i = 0; i < 12; i++) {
            double mid = 0.5 * (low + high);
            if (score(a, b, correct, count, mid) > 0.0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double theta = 0.5 * (low + high);
        return new double[] {theta, 1.0 / Math.sqrt(information(a, b, count, theta))};
    }

    private static double objective(double[] a, double[] b, boolean[] correct, int count, double theta) {
        double logLikelihood = 0.0;
        double information = 0.0;
        for (int i = 0; i < count; i++) {
            logLikelihood += TwoParameterLogistic.logLikelihood(a[i], b[i], theta, correct[i]);
            information += TwoParameterLogistic.information(a[i], b[i], theta);
        }
        return logLikelihood + 0.5 * Math.log(information);
    }

    private static double score(double[] a, double[] b, boolean[] correct, int count, double theta) {
        double gradient = 0.0;
        double information = 0.0;
        double j = 0.0;
        for (int i = 0; i < count; i++) {
            double p = TwoParameterLogistic.probability(a[i], b[i], theta);
            double pq = p * (1.0 - p);
            gradient += a[i] * ((correct[i] ? 1.0 : 0.0) - p);
            information += a[i] * a[i] * pq;
            j += a[i] * a[i] * a[i] * pq * (1.0 - 2.0 * p);
        }
        return gradient + j / (2.0 * information);
    }

    private static double information(double[] a, double[] b, int count, double theta) {
        double information = 0.0;
        for (int i = 0; i < count; i++) {
            information += TwoParameterLogistic.information(a[i], b[i], theta);
        }
        return information;
    }
}
