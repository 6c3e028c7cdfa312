package fr.plume.tool.psychometrics.domain;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded generation of 2PL responses for the simulation tests. */
final class Simulation {

    private Simulation() {
    }

    static boolean answer(SplittableRandom random, double a, double b, double theta) {
        return random.nextDouble() < Irt.probability(a, b, theta);
    }

    /** {@code count} distinct indexes in [0, size), in random order (partial Fisher–Yates). */
    static int[] draw(SplittableRandom random, int size, int count) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int s = 0; s < count; s++) {
            int pick = s + random.nextInt(size - s);
            int swap = order[pick];
            order[pick] = order[s];
            order[s] = swap;
        }
        return java.util.Arrays.copyOf(order, count);
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

    static double rmse(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(sum / x.length);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
