package fr.plume.tool.psychometrics.domain;

import java.util.List;
import java.util.Map;

/**
 * Stocking–Lord (1983) linking: the A and B that make the test characteristic curve of the anchor
 * items under their new estimates, once transformed, closest to their curve under the current
 * parameters, in squared difference integrated over the current population N(0, 1)
 * (Kolen &amp; Brennan, 2014, §6.5). Minimised by Nelder–Mead from the mean/sigma solution.
 */
public final class StockingLord {

    private static final int MAX_EVALUATIONS = 2000;

    private StockingLord() {
    }

    /** Linking of {@code newScale} onto {@code currentScale}; both map anchor ids to parameters. */
    public static Linking link(Map<String, ItemParameter> currentScale, Map<String, ItemParameter> newScale) {
        List<String> anchors = currentScale.keySet().stream()
                .filter(id -> newScale.containsKey(id) && newScale.get(id).known() && currentScale.get(id).known())
                .sorted().toList();
        if (anchors.size() < 2) {
            throw new IllegalArgumentException("Stocking–Lord linking needs at least two anchors, got " + anchors.size());
        }
        int n = anchors.size();
        double[] currentA = new double[n];
        double[] currentB = new double[n];
        double[] newA = new double[n];
        double[] newB = new double[n];
        for (int i = 0; i < n; i++) {
            currentA[i] = currentScale.get(anchors.get(i)).a();
            currentB[i] = currentScale.get(anchors.get(i)).b();
            newA[i] = newScale.get(anchors.get(i)).a();
            newB[i] = newScale.get(anchors.get(i)).b();
        }
        LatentGrid grid = LatentGrid.standard();
        double[] target = new double[grid.size()];
        for (int q = 0; q < grid.size(); q++) {
            for (int i = 0; i < n; i++) {
                target[q] += Irt.probability(currentA[i], currentB[i], grid.points()[q]);
            }
        }
        java.util.function.ToDoubleFunction<double[]> loss = x -> {
            double slope = x[0];
            if (!(slope > 0)) {
                return Double.MAX_VALUE;
            }
            double sum = 0;
            for (int q = 0; q < grid.size(); q++) {
                double curve = 0;
                for (int i = 0; i < n; i++) {
                    curve += Irt.probability(newA[i] / slope, slope * newB[i] + x[1], grid.points()[q]);
                }
                double difference = target[q] - curve;
                sum += grid.weights()[q] * difference * difference;
            }
            return sum;
        };
        double[] start = meanSigma(currentB, newB);
        double[] best = NelderMead.minimise(loss, start, new double[] {0.1, 0.1}, MAX_EVALUATIONS, 1e-12);
        return new Linking(best[0], best[1]);
    }

    /** Mean/sigma: A = sd(b current) / sd(b new), B = mean(b current) − A·mean(b new). */
    static double[] meanSigma(double[] currentB, double[] newB) {
        double slope = sd(currentB) / sd(newB);
        if (!(slope > 0) || !Double.isFinite(slope)) {
            slope = 1.0;
        }
        return new double[] {slope, mean(currentB) - slope * mean(newB)};
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double sd(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - m) * (value - m);
        }
        return Math.sqrt(sum / values.length);
    }
}
