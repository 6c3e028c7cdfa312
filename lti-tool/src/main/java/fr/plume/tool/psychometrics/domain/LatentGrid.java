package fr.plume.tool.psychometrics.domain;

/**
 * Quadrature for a normal latent distribution N(mean, sd²): points mean + sd·z on z ∈ [−5, 5]
 * every 0.25 (41 points, as the engine's calibration grid) with normalised normal weights.
 */
public record LatentGrid(double[] points, double[] weights) {

    public static LatentGrid normal(double mean, double sd) {
        int count = 41;
        double[] points = new double[count];
        double[] weights = new double[count];
        double total = 0;
        for (int q = 0; q < count; q++) {
            double z = -5.0 + 0.25 * q;
            points[q] = mean + sd * z;
            weights[q] = Math.exp(-0.5 * z * z);
            total += weights[q];
        }
        for (int q = 0; q < count; q++) {
            weights[q] /= total;
        }
        return new LatentGrid(points, weights);
    }

    public static LatentGrid standard() {
        return normal(0.0, 1.0);
    }

    public int size() {
        return points.length;
    }
}
