package fr.plume.tool.assessment.engine.irt;

/**
 * An unnormalised log density over a {@link QuadratureGrid}, updated incrementally: each answer
 * adds one log-likelihood term per grid point, so an update costs O(grid) whatever the number of
 * answers already given. Mutable and not thread-safe; owned by one test session.
 */
public final class LogDensity {

    private final QuadratureGrid grid;
    private final double[] values;

    private LogDensity(QuadratureGrid grid, double[] values) {
        this.grid = grid;
        this.values = values;
    }

    /** A flat density: the log-likelihood of no answer, to which answers are added. */
    public static LogDensity flat(QuadratureGrid grid) {
        return new LogDensity(grid, new double[grid.size()]);
    }

    /** log N(θ; mean, sd²) up to a constant. */
    public static LogDensity normal(QuadratureGrid grid, double mean, double sd) {
        requirePositive(sd);
        double[] values = new double[grid.size()];
        double precision = 1.0 / (sd * sd);
        for (int q = 0; q < values.length; q++) {
            double d = grid.point(q) - mean;
            values[q] = -0.5 * d * d * precision;
        }
        return new LogDensity(grid, values);
    }

    /** A density restored from its values on the grid, as {@link #values()} gave them. */
    public static LogDensity of(QuadratureGrid grid, double[] values) {
        if (values.length != grid.size()) {
            throw new IllegalArgumentException("expected " + grid.size() + " values, got " + values.length);
        }
        return new LogDensity(grid, values.clone());
    }

    /** The log density at every grid point (a copy), to store and restore with {@link #of}. */
    public double[] values() {
        return values.clone();
    }

    public QuadratureGrid grid() {
        return grid;
    }

    /** Adds log P(answer | θ_q) under the 2PL model at every grid point. */
    public void addAnswer(double a, double b, boolean correct) {
        for (int q = 0; q < values.length; q++) {
            double z = a * (grid.point(q) - b);
            // log σ(z) = −softplus(−z); log(1 − σ(z)) = −softplus(z)
            double s = correct ? -z : z;
            values[q] -= Math.max(s, 0.0) + Math.log1p(Math.exp(-Math.abs(s)));
        }
    }

    /** EAP and posterior SD of this density normalised over the grid. */
    public PosteriorSummary summarize() {
        return summarize(null, 0.0, 0.0, 0.0);
    }

    /** Summary of this density minus {@code part} (e.g. the global posterior without one competency). */
    public PosteriorSummary summarizeWithout(LogDensity part) {
        return summarize(part.values, -1.0, 0.0, 0.0);
    }

    /** Summary of this density (a likelihood) times a normal prior N(priorMean, priorSd²). */
    public PosteriorSummary summarizeWithNormalPrior(double priorMean, double priorSd) {
        requirePositive(priorSd);
        return summarize(null, 0.0, priorMean, 1.0 / (priorSd * priorSd));
    }

    /** Posterior mass of [lower, upper) of this density normalised over the grid. */
    public double mass(double lower, double upper) {
        return mass(0.0, 0.0, lower, upper);
    }

    /**
     * Posterior mass of [lower, upper) for this likelihood times a normal prior; used for the
     * probability that a candidate is at the reported level.
     */
    public double massWithNormalPrior(double priorMean, double priorSd, double lower, double upper) {
        requirePositive(priorSd);
        return mass(priorMean, 1.0 / (priorSd * priorSd), lower, upper);
    }

    private double mass(double priorMean, double priorPrecision, double lower, double upper) {
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < values.length; q++) {
            max = Math.max(max, logAt(q, null, 0.0, priorMean, priorPrecision));
        }
        double total = 0.0;
        double inside = 0.0;
        for (int q = 0; q < values.length; q++) {
            double w = Math.exp(logAt(q, null, 0.0, priorMean, priorPrecision) - max);
            total += w;
            double theta = grid.point(q);
            if (theta >= lower && theta < upper) {
                inside += w;
            }
        }
        return inside / total;
    }

    /**
     * Posterior mass of each band delimited by the increasing {@code cuts} (band 0 below the first
     * cut, band {@code cuts.length} above the last), for this density normalised over the grid.
     * Each grid point stands for the cell of one grid step around it, and a cell a cut falls into
     * is split in proportion: giving the whole cell to one band would move every cut by up to half
     * a step (0.075 on the standard grid), which matters when deciding a level at a cut.
     */
    public double[] bandMasses(double[] cuts) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        double step = values.length > 1 ? grid.point(1) - grid.point(0) : 1.0;
        double[] masses = new double[cuts.length + 1];
        double total = 0.0;
        for (int q = 0; q < values.length; q++) {
            double w = Math.exp(values[q] - max);
            total += w;
            double low = grid.point(q) - 0.5 * step;
            double high = low + step;
            int band = 0;
            double from = low;
            while (band < cuts.length && cuts[band] <= low) {
                band++;
            }
            while (band < cuts.length && cuts[band] < high) {
                masses[band] += w * (cuts[band] - from) / step;
                from = cuts[band];
                band++;
            }
            masses[band] += w * (high - from) / step;
        }
        for (int band = 0; band < masses.length; band++) {
            masses[band] /= total;
        }
        return masses;
    }

    public double valueAt(int q) {
        return values[q];
    }

    public LogDensity copy() {
        return new LogDensity(grid, values.clone());
    }

    private PosteriorSummary summarize(double[] other, double otherSign, double priorMean, double priorPrecision) {
        double max = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < values.length; q++) {
            max = Math.max(max, logAt(q, other, otherSign, priorMean, priorPrecision));
        }
        double total = 0.0;
        double sum = 0.0;
        double sumSquares = 0.0;
        for (int q = 0; q < values.length; q++) {
            double w = Math.exp(logAt(q, other, otherSign, priorMean, priorPrecision) - max);
            double theta = grid.point(q);
            total += w;
            sum += w * theta;
            sumSquares += w * theta * theta;
        }
        double mean = sum / total;
        double variance = Math.max(sumSquares / total - mean * mean, 0.0);
        return new PosteriorSummary(mean, Math.sqrt(variance));
    }

    private double logAt(int q, double[] other, double otherSign, double priorMean, double priorPrecision) {
        double v = values[q];
        if (other != null) {
            v += otherSign * other[q];
        }
        if (priorPrecision != 0.0) {
            double d = grid.point(q) - priorMean;
            v -= 0.5 * d * d * priorPrecision;
        }
        return v;
    }

    private static void requirePositive(double sd) {
        if (!(sd > 0.0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("standard deviation must be positive and finite, got " + sd);
        }
    }
}
