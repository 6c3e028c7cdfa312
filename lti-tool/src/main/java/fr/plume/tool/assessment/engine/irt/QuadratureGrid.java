package fr.plume.tool.assessment.engine.irt;

import java.util.Arrays;

/** Equally spaced quadrature points on which posteriors and marginal likelihoods are evaluated. */
public final class QuadratureGrid {

    public static final int DEFAULT_POINTS = 81;
    public static final double DEFAULT_BOUND = 6.0;

    private final double[] points;

    private QuadratureGrid(double[] points) {
        this.points = points;
    }

    /** {@value #DEFAULT_POINTS} points on [−{@value #DEFAULT_BOUND}, {@value #DEFAULT_BOUND}] (step 0.15). */
    public static QuadratureGrid standard() {
        return uniform(DEFAULT_POINTS, -DEFAULT_BOUND, DEFAULT_BOUND);
    }

    public static QuadratureGrid uniform(int count, double min, double max) {
        if (count < 3) {
            throw new IllegalArgumentException("a quadrature grid needs at least 3 points, got " + count);
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("grid bounds must satisfy min < max, got " + min + ", " + max);
        }
        double[] points = new double[count];
        double step = (max - min) / (count - 1);
        for (int q = 0; q < count; q++) {
            points[q] = min + q * step;
        }
        return new QuadratureGrid(points);
    }

    public int size() {
        return points.length;
    }

    public double point(int q) {
        return points[q];
    }

    public double min() {
        return points[0];
    }

    public double max() {
        return points[points.length - 1];
    }

    public double[] points() {
        return points.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuadratureGrid grid && Arrays.equals(points, grid.points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return "QuadratureGrid[" + size() + " points on " + min() + ".." + max() + "]";
    }
}
